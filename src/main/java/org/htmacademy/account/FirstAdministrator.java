package org.htmacademy.account;

import java.util.EnumSet;

import org.htmacademy.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On an installation with no administrator yet, creates the first one from configuration
 * (HTM_ADMIN_EMAIL, HTM_ADMIN_PASSWORD, HTM_ADMIN_NAME). Does nothing once an administrator exists,
 * so the password in the environment can be removed after the first start.
 */
@Component
@Order(2)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;

	private final String email;

	private final String password;

	private final String fullName;

	FirstAdministrator(AccountService accounts, @Value("${htm.admin.email:}") String email,
			@Value("${htm.admin.password:}") String password,
			@Value("${htm.admin.name:HTM Academy administrator}") String fullName) {
		this.accounts = accounts;
		this.email = email;
		this.password = password;
		this.fullName = fullName;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.anyAdministrator()) {
			return;
		}
		if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
			log.warn("No administrator exists yet. Set HTM_ADMIN_EMAIL and HTM_ADMIN_PASSWORD (and optionally"
					+ " HTM_ADMIN_NAME) and restart to create the first one.");
			return;
		}
		accounts.create(email, password, fullName, EnumSet.of(Role.ADMIN));
		log.info("Created the first administrator account {}", email);
	}

}
