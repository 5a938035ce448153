package org.htmacademy.account.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.htmacademy.account.UserAccount;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;

public interface AccountRepository {

	long insert(String email, String passwordHash, String fullName, Set<Role> roles, Instant now);

	boolean existsByEmail(String email);

	Optional<SignedInUser> findCredentials(String email);

	Optional<SignedInUser> findCredentials(long userId);

	Optional<UserAccount> findById(long userId);

	List<UserAccount> findAll(String search);

	/** The password hash of the account when it is enabled; empty when it is disabled or gone. */
	Optional<String> passwordHashIfEnabled(long userId);

	boolean anyWithRole(Role role);

	/**
	 * Counts the enabled accounts with the role and locks their rows until the transaction ends, so two transactions
	 * that each take a role away cannot both count the other's account as still there.
	 */
	int lockAndCountEnabledWithRole(Role role);

	void updateFullName(long userId, String fullName);

	void updatePasswordHash(long userId, String passwordHash);

	/** Replaces the roles if the account is still at {@code expectedVersion}; false when someone else changed it. */
	boolean updateRolesAndEnabled(long userId, Set<Role> roles, boolean enabled, int expectedVersion);

	/** @return false when no account has this address */
	boolean recordFailedLogin(String email, int maxFailures, Instant lockUntil);

	void recordSuccessfulLogin(long userId, Instant now);

}
