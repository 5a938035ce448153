package org.htmacademy.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * After {@code max-failures} wrong passwords in a row, sign-in for an address is paused for {@code lock-minutes}.
 * An account's count is kept in the database, so a restart or a second node does not reset it. Addresses without
 * an account are counted too (in memory), so that "paused until …" answers the same whether or not the address
 * has an account (DD025).
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Bounds the memory an attacker can fill with made-up addresses; expired entries go first. */
	private static final int MAX_UNKNOWN_ADDRESSES = 10_000;

	private final AccountRepository accounts;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockFor;

	private final Map<String, Failures> unknownAddresses = new ConcurrentHashMap<>();

	LoginThrottle(AccountRepository accounts, Clock clock,
			@Value("${htm.security.login-throttle.max-failures:5}") int maxFailures,
			@Value("${htm.security.login-throttle.lock-minutes:15}") int lockMinutes) {
		this.accounts = accounts;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockFor = Duration.ofMinutes(lockMinutes);
	}

	/** When sign-in for this address opens again, if it is paused now. */
	@Transactional(readOnly = true)
	Optional<Instant> pausedUntil(String rawEmail) {
		String email = EmailAddress.normalize(rawEmail);
		Instant now = clock.instant();
		Optional<Instant> until = accounts.findCredentials(email)
			.map(SignedInUser::lockedUntil)
			.or(() -> Optional.ofNullable(unknownAddresses.get(email)).map(Failures::lockedUntil));
		return until.filter(now::isBefore);
	}

	int maxFailures() {
		return maxFailures;
	}

	Duration lockFor() {
		return lockFor;
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		String email = EmailAddress.normalize(String.valueOf(event.getAuthentication().getPrincipal()));
		Instant now = clock.instant();
		if (!accounts.recordFailedLogin(email, maxFailures, now.plus(lockFor))) {
			countUnknown(email, now);
		}
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

	private void countUnknown(String email, Instant now) {
		if (unknownAddresses.size() >= MAX_UNKNOWN_ADDRESSES) {
			unknownAddresses.values().removeIf(f -> f.lockedUntil() == null || !now.isBefore(f.lockedUntil()));
		}
		if (unknownAddresses.size() >= MAX_UNKNOWN_ADDRESSES) {
			return;
		}
		unknownAddresses.compute(email, (address, old) -> {
			int count = (old == null ? 0 : old.count()) + 1;
			return count >= maxFailures ? new Failures(0, now.plus(lockFor))
					: new Failures(count, old == null ? null : old.lockedUntil());
		});
	}

	/** Mirrors the account columns: failures in a row, and the end of the current pause. */
	private record Failures(int count, Instant lockedUntil) {
	}

}
