package org.htmacademy.certificate.badge;

import java.util.Objects;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signing key and signer as beans; the key file is only touched when the first credential is signed. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SigningKeyProperties.class)
class BadgeConfiguration {

	@Bean
	PlatformSigningKey platformSigningKey(SigningKeyProperties properties) {
		return new PlatformSigningKey(Objects.requireNonNull(properties.file()),
				Objects.requireNonNull(properties.jwksUrl()));
	}

	@Bean
	OpenBadgeSigner openBadgeSigner(PlatformSigningKey key) {
		return new OpenBadgeSigner(key);
	}

	@Bean
	RecipientIds recipientIds(PlatformSigningKey key) {
		return new RecipientIds(key);
	}

}
