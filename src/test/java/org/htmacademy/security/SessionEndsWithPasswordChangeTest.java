package org.htmacademy.security;

import java.util.EnumSet;

import org.htmacademy.SignIn;
import org.htmacademy.account.AccountException;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sessions (ASVS V3.3): a password change ends every other session of the account, on the next request they make,
 * and keeps the one that made it; disabling an account ends its sessions; wrong guesses at the current password
 * count toward the sign-in lockout (V2.2.1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
@Import(SignIn.class)
class SessionEndsWithPasswordChangeTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	CredentialsCheck credentials;

	@Autowired
	AuthenticationConfiguration authentication;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_password_change_ends_the_accounts_other_sessions_and_keeps_the_one_that_changed_it() throws Exception {
		String email = "two-tabs-" + System.nanoTime() + "@clinic.example.org";
		accounts.register(email, "first long passphrase", "Two Sessions");
		WebSession ward = new WebSession(port).signIn(email, "first long passphrase");
		WebSession home = new WebSession(port).signIn(email, "first long passphrase");

		signIn.as(email);
		SignedInUser before = currentUser.require();
		accounts.changeMyPassword("first long passphrase", "second long passphrase");

		assertThat(ward.signedIn()).as("the session at the ward computer").isFalse();
		assertThat(home.signedIn()).as("the session at home").isFalse();
		assertThat(credentials.stillValid(before)).as("a session begun with the old password").isFalse();
		assertThat(credentials.stillValid(currentUser.require())).as("the session that changed it").isTrue();
		assertThat(new WebSession(port).signIn(email, "second long passphrase").signedIn()).isTrue();
	}

	@Test
	void signing_in_gives_the_browser_a_new_session_id() throws Exception {
		String email = "fixation-" + System.nanoTime() + "@clinic.example.org";
		accounts.register(email, "fixed session passphrase", "Fay Fixation");
		WebSession browser = new WebSession(port);
		browser.get("login");
		String before = browser.sessionId();

		browser.signIn(email, "fixed session passphrase");

		assertThat(before).isNotNull();
		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
	}

	@Test
	void an_account_disabled_by_an_administrator_is_signed_out_at_its_next_request() throws Exception {
		String email = "leaver-" + System.nanoTime() + "@clinic.example.org";
		UserAccount leaver = accounts.register(email, "leaving on friday", "Lee Leaver");
		WebSession session = new WebSession(port).signIn(email, "leaving on friday");

		signIn.as("admin@example.com");
		accounts.updateAccess(leaver.id(), EnumSet.of(Role.LEARNER), false, leaver.version());

		assertThat(session.signedIn()).isFalse();
	}

	@Test
	void wrong_guesses_at_the_current_password_lock_the_account_like_wrong_sign_ins() throws Exception {
		String email = "unattended-" + System.nanoTime() + "@clinic.example.org";
		accounts.register(email, "right long passphrase", "Unattended Screen");
		signIn.as(email);
		for (int guess = 1; guess <= 5; guess++) {
			assertThatThrownBy(() -> accounts.changeMyPassword("a wrong guess", "attacker long passphrase"))
				.isInstanceOf(AccountException.class)
				.hasMessage("Your current password is not right.");
		}

		assertThatThrownBy(() -> accounts.changeMyPassword("right long passphrase", "attacker long passphrase"))
			.isInstanceOf(AccountException.class)
			.hasMessageStartingWith("Too many wrong passwords.");
		assertThatThrownBy(() -> authentication.getAuthenticationManager()
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "right long passphrase")))
			.isInstanceOf(LockedException.class);
	}

}
