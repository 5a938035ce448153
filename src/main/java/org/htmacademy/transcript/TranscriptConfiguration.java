package org.htmacademy.transcript;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the renewal rules at start-up, so a broken rules file stops the application with a clear message. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RenewalRulesProperties.class)
class TranscriptConfiguration {

	@Bean
	RenewalRules renewalRules(RenewalRulesProperties properties) {
		return properties.file() == null ? RenewalRulesLoader.loadDefault()
				: RenewalRulesLoader.load(properties.file());
	}

}
