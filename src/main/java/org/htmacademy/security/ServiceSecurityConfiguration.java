package org.htmacademy.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security that holds with or without a web server (the command-line import has none). Services are guarded
 * with @PreAuthorize; not jsr250, because @RolesAllowed on Vaadin views would then make Spring proxy the views.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ServiceSecurityConfiguration {

	/** bcrypt today; stored hashes carry their algorithm id, so a later default can re-hash on sign-in. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
