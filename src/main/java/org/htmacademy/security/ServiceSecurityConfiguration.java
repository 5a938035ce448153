package org.htmacademy.security;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security that holds with or without a web server (the command-line import has none). Services are guarded
 * with @PreAuthorize; not jsr250, because @RolesAllowed on Vaadin views would then make Spring proxy the views.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ServiceSecurityConfiguration {

	static final String ARGON2 = "argon2@SpringSecurity_v5_8";

	/**
	 * Argon2id for every new hash: bcrypt reads only the first 72 bytes of a password and Spring Security refuses
	 * longer ones, while NIST SP 800-63B wants at least 64 characters allowed. Stored hashes carry their algorithm id,
	 * so a bcrypt hash still matches and is re-hashed with Argon2id at the next sign-in (DD019).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		encoders.put("bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder(ARGON2, encoders);
	}

}
