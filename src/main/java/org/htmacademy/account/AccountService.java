package org.htmacademy.account;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.htmacademy.account.repository.AccountRepository;
import org.htmacademy.common.names.PersonName;
import org.htmacademy.common.print.NameFaces;
import org.htmacademy.security.CurrentUser;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, the signed-in person's own profile, and administration of accounts. */
@Service
@Transactional
public class AccountService {

	private static final DateTimeFormatter LOCKED_UNTIL = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

	private static final Logger log = LoggerFactory.getLogger(AccountService.class);

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final LoginThrottle loginThrottle;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock,
			LoginThrottle loginThrottle) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.currentUser = currentUser;
		this.clock = clock;
		this.loginThrottle = loginThrottle;
	}

	/** Self-registration: always a learner. */
	public UserAccount register(String email, String password, String fullName) {
		return create(email, password, fullName, EnumSet.of(Role.LEARNER));
	}

	/**
	 * Self-registration from the registration page. It answers the same whether or not the address already has an
	 * account, and takes as long (the password is hashed either way), so the page cannot tell a stranger who has an
	 * account here. The owner of an existing account is told nothing yet: that waits for email (issue 19.5).
	 *
	 * @throws AccountException when the input itself is wrong (address, name, password policy)
	 */
	public void signUp(String email, String password, String fullName) {
		String normalized = EmailAddress.normalize(email);
		if (EmailAddress.isPlausible(normalized) && accounts.existsByEmail(normalized)) {
			CertificateName.clean(fullName);
			List<String> problems = PasswordPolicy.problems(password, normalized);
			if (!problems.isEmpty()) {
				throw new AccountException(String.join(" ", problems));
			}
			passwordEncoder.encode(password);
			log.info("Registration attempted for an address that already has an account");
			return;
		}
		register(email, password, fullName);
	}

	/** For seeding and first-start configuration, not reachable from the UI. */
	UserAccount create(String email, String password, String fullName, Set<Role> roles) {
		String normalized = EmailAddress.normalize(email);
		if (!EmailAddress.isPlausible(normalized)) {
			throw new AccountException("Enter a valid email address.");
		}
		String name = CertificateName.clean(fullName);
		List<String> problems = PasswordPolicy.problems(password, normalized);
		if (!problems.isEmpty()) {
			throw new AccountException(String.join(" ", problems));
		}
		if (accounts.existsByEmail(normalized)) {
			throw new AccountException("An account with this email already exists. Sign in, or use another email.");
		}
		try {
			long id = accounts.insert(normalized, passwordEncoder.encode(password), name, roles, clock.instant());
			return accounts.findById(id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			throw new AccountException("An account with this email already exists. Sign in, or use another email.");
		}
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public UserAccount myAccount() {
		return accounts.findById(currentUser.require().userId()).orElseThrow();
	}

	@PreAuthorize("isAuthenticated()")
	public UserAccount changeMyName(String fullName) {
		long userId = currentUser.require().userId();
		accounts.updateFullName(userId, CertificateName.clean(fullName));
		return accounts.findById(userId).orElseThrow();
	}

	/**
	 * Changes the signed-in person's password. Their other sessions end with it (see
	 * {@code SessionRevocationFilter}); this one goes on. A wrong current password counts toward the sign-in lockout.
	 */
	@PreAuthorize("isAuthenticated()")
	// the count of wrong passwords must survive the refusal
	@Transactional(noRollbackFor = AccountException.class)
	public void changeMyPassword(String currentPassword, String newPassword) {
		SignedInUser me = accounts.findCredentials(currentUser.require().userId()).orElseThrow();
		if (!me.isAccountNonLocked()) {
			throw new AccountException("Too many wrong passwords. Try again after " + LOCKED_UNTIL.format(me.lockedUntil())
					+ " UTC, or sign out and reset it with your administrator.");
		}
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, me.passwordHash())) {
			loginThrottle.wrongCurrentPassword(me.email());
			throw new AccountException("Your current password is not right.");
		}
		List<String> problems = PasswordPolicy.problems(newPassword, me.email());
		if (!problems.isEmpty()) {
			throw new AccountException(String.join(" ", problems));
		}
		accounts.updatePasswordHash(me.userId(), passwordEncoder.encode(newPassword));
		currentUser.refresh(accounts.findCredentials(me.userId()).orElseThrow());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<UserAccount> findAccounts(String search) {
		return accounts.findAll(search);
	}

	/**
	 * Grants or withdraws roles and enables or disables an account. Refuses to leave the platform
	 * without an enabled administrator, and refuses a stale edit.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public UserAccount updateAccess(long userId, Set<Role> roles, boolean enabled, int expectedVersion) {
		UserAccount before = accounts.findById(userId).orElseThrow(() -> new AccountException("No such account."));
		boolean losesAdmin = before.roles().contains(Role.ADMIN) && before.enabled()
				&& (!roles.contains(Role.ADMIN) || !enabled);
		if (losesAdmin && accounts.lockAndCountEnabledWithRole(Role.ADMIN) <= 1) {
			throw new AccountException("At least one enabled administrator must remain.");
		}
		if (roles.isEmpty()) {
			throw new AccountException("An account needs at least one role.");
		}
		if (!accounts.updateRolesAndEnabled(userId, roles, enabled, expectedVersion)) {
			throw new AccountException("Someone else changed this account meanwhile. Reload and try again.");
		}
		return accounts.findById(userId).orElseThrow();
	}

	/**
	 * Stored names that break the name rule (saved before it, or printable only with fonts this server has lost), for
	 * an administrator to sort out with each person. Listed, never changed: a name is the person's to correct.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public List<NameToReview> namesToReview() {
		return accounts.findAll("")
			.stream()
			.flatMap(account -> PersonName.problem(account.fullName(), NameFaces.installed())
				.map(problem -> new NameToReview(account, problem))
				.stream())
			.toList();
	}

	@Transactional(readOnly = true)
	boolean anyAdministrator() {
		return accounts.anyWithRole(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	boolean exists(String email) {
		return accounts.existsByEmail(EmailAddress.normalize(email));
	}

}
