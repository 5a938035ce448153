package org.htmacademy.transcript;

import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Loads the renewal rules at start-up, so a broken rules file stops the application with a clear message. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RenewalRulesProperties.class)
class TranscriptConfiguration {

	@Bean
	RenewalRules renewalRules(RenewalRulesProperties properties) {
		return properties.file() == null ? RenewalRulesLoader.loadDefault()
				: RenewalRulesLoader.load(properties.file());
	}

	/** The provider and time zone certificates state, so a transcript never contradicts the certificates in it. */
	@Bean
	TranscriptSettings transcriptSettings(Environment environment) {
		return new TranscriptSettings(environment.getProperty("htm.certificates.provider-name", "HTM Academy"),
				ZoneId.of(environment.getProperty("htm.certificates.time-zone", "UTC")));
	}

}
