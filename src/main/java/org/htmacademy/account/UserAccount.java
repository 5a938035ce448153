package org.htmacademy.account;

import java.time.Instant;
import java.util.Set;

import org.htmacademy.security.Role;

/**
 * A person's account as administrators and the person see it. {@code fullName} is the name printed
 * on certificates, exactly as the person entered it.
 */
public record UserAccount(long id, String email, String fullName, Set<Role> roles, boolean enabled, Instant createdAt,
		Instant lastLoginAt, Instant lockedUntil, int version) {

	public UserAccount {
		roles = Set.copyOf(roles);
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

}
