package org.htmacademy.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import org.htmacademy.account.repository.AccountRepository;
import org.htmacademy.security.CredentialsCheck;
import org.htmacademy.security.SignedInUser;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in reads the account here; Spring Security calls {@link #updatePassword} after a successful sign-in whose
 * stored hash uses an older algorithm (bcrypt), so every account moves to Argon2id as its owner signs in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService, CredentialsCheck {

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	AccountUserDetailsService(AccountRepository accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	/**
	 * A paused address without an account gets a locked stand-in, so Spring Security refuses it exactly as it
	 * refuses a locked account: before any password is checked. The answer and its timing then say nothing about
	 * whether the address has an account or the password was right (DD025).
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		String address = EmailAddress.normalize(email);
		Optional<SignedInUser> account = accounts.findCredentials(address);
		if (account.isPresent()) {
			return account.get();
		}
		if (throttle.pausedUntil(address).isPresent()) {
			return User.withUsername(address).password("").authorities(List.of()).accountLocked(true).build();
		}
		throw new UsernameNotFoundException("No account");
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		SignedInUser signedIn = (SignedInUser) user;
		accounts.updatePasswordHash(signedIn.userId(), newPasswordHash);
		return accounts.findCredentials(signedIn.userId()).orElseThrow();
	}

	/** A changed hash means a password change or reset since this session signed in. */
	@Override
	@Transactional(readOnly = true)
	public boolean stillValid(SignedInUser user) {
		return accounts.passwordHashIfEnabled(user.userId())
			.map(hash -> MessageDigest.isEqual(hash.getBytes(StandardCharsets.UTF_8),
					user.passwordHash().getBytes(StandardCharsets.UTF_8)))
			.orElse(false);
	}

}
