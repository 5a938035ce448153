package org.htmacademy.account;

import java.time.Clock;
import java.time.Duration;

import org.htmacademy.account.repository.AccountRepository;
import org.htmacademy.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After {@code max-failures} wrong passwords in a row, an account is locked for {@code lock-minutes}.
 * Counted in the database, so a restart or a second node does not reset it.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final AccountRepository accounts;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockFor;

	LoginThrottle(AccountRepository accounts, Clock clock,
			@Value("${htm.security.login-throttle.max-failures:5}") int maxFailures,
			@Value("${htm.security.login-throttle.lock-minutes:15}") int lockMinutes) {
		this.accounts = accounts;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = Duration.ofMinutes(lockMinutes);
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String email = EmailAddress.normalize(String.valueOf(event.getAuthentication().getPrincipal()));
		accounts.recordFailedLogin(email, maxFailures, clock.instant().plus(lockFor));
		log.info("Failed sign-in for {}", email);
	}

	/**
	 * A wrong current password on the profile page counts like a wrong one at sign-in: someone at an unattended,
	 * signed-in screen must not get unlimited guesses at the password.
	 */
	@Transactional
	void wrongCurrentPassword(String email) {
		accounts.recordFailedLogin(email, maxFailures, clock.instant().plus(lockFor));
		log.info("Wrong current password on the profile page for {}", email);
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			accounts.recordSuccessfulLogin(user.userId(), clock.instant());
		}
	}

}
