package org.htmacademy.database;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqSettings {

	/**
	 * MULTISET is emulated with GROUP_CONCAT on MariaDB; jOOQ would raise the session's length limit in
	 * extra statements, which the driver rejects without allowMultiQueries. MariaDB's default limit
	 * (1 MB) is ample for the child collections we fetch.
	 */
	@Bean
	DefaultConfigurationCustomizer htmJooqSettings() {
		return configuration -> configuration.settings().withRenderGroupConcatMaxLenSessionVariable(false);
	}

}
