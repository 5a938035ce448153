package org.htmacademy.account;

import org.htmacademy.account.repository.AccountRepository;
import org.htmacademy.security.SignedInUser;
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
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return accounts.findCredentials(EmailAddress.normalize(email))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		SignedInUser signedIn = (SignedInUser) user;
		accounts.updatePasswordHash(signedIn.userId(), newPasswordHash);
		return accounts.findCredentials(signedIn.userId()).orElseThrow();
	}

}
