package org.htmacademy.account;

import java.util.EnumSet;
import java.util.UUID;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HtmSpringTest
@org.springframework.context.annotation.Import(SignIn.class)
class AccountServiceTest {

	@Autowired
	AccountService accounts;

	@Autowired
	AuthenticationConfiguration authentication;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignIn signIn;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	static String uniqueEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@Hospital.Example.org";
	}

	@Test
	void registration_stores_a_learner_with_a_lower_cased_email_and_an_argon2id_hash() {
		String email = uniqueEmail("Zoe");
		UserAccount account = accounts.register(email, "correct horse battery", "  Zoë  Ødegård-Łukasiewicz ");

		assertThat(account.email()).isEqualTo(email.toLowerCase());
		assertThat(account.fullName()).isEqualTo("Zoë Ødegård-Łukasiewicz");
		assertThat(account.roles()).containsExactly(Role.LEARNER);
		String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, account.id());
		assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$").doesNotContain("correct horse");
	}

	@Test
	void a_name_certificates_cannot_print_is_refused_at_registration_naming_the_character() {
		assertThatThrownBy(() -> accounts.register(uniqueEmail("bidi"), "correct horse battery", "Ali\u202Eecila"))
			.isInstanceOf(AccountException.class)
			.hasMessageContaining("U+202E RIGHT-TO-LEFT OVERRIDE");
		assertThatThrownBy(() -> accounts.register(uniqueEmail("blank"), "correct horse battery", "\u3164\u3164"))
			.isInstanceOf(AccountException.class)
			.hasMessageContaining("U+3164 HANGUL FILLER");
	}

	@Test
	@Transactional
	void stored_names_that_break_the_rule_are_listed_for_administrators_and_left_as_they_are() {
		UserAccount broken = accounts.register(uniqueEmail("old"), "correct horse battery", "Old Name");
		jdbc.update("update app_user set full_name = ? where id = ?", "Old\u202E Name", broken.id());
		signIn.as("admin@example.com");

		assertThat(accounts.namesToReview()).filteredOn(review -> review.account().id() == broken.id())
			.singleElement()
			.satisfies(review -> assertThat(review.problem()).contains("U+202E"));
		assertThat(jdbc.queryForObject("select full_name from app_user where id = ?", String.class, broken.id()))
			.isEqualTo("Old\u202E Name");
	}

	@Test
	void a_learner_cannot_list_names_to_review() {
		signIn.as(accounts.register(uniqueEmail("learner"), "correct horse battery", "Lee Learner").email());

		assertThatThrownBy(() -> accounts.namesToReview()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void the_same_email_in_another_case_cannot_register_twice() {
		String email = uniqueEmail("dup");
		accounts.register(email, "correct horse battery", "First Person");

		assertThatThrownBy(() -> accounts.register(email.toUpperCase(), "another long password", "Second Person"))
			.isInstanceOf(AccountException.class)
			.hasMessageContaining("already exists");
	}

	@Test
	void registration_refuses_a_password_that_breaks_the_policy() {
		assertThatThrownBy(() -> accounts.register(uniqueEmail("weak"), "short", "Weak Password"))
			.isInstanceOf(AccountException.class)
			.hasMessageContaining("at least 12");
	}

	@Test
	void a_registered_learner_can_sign_in_and_a_wrong_password_cannot() throws Exception {
		String email = uniqueEmail("login");
		accounts.register(email, "correct horse battery", "Login Person");

		Authentication signedIn = authenticate(email.toUpperCase(), "correct horse battery");
		assertThat(signedIn.isAuthenticated()).isTrue();
		assertThat(signedIn.getAuthorities()).extracting(Object::toString)
			.contains("ROLE_LEARNER")
			.doesNotContain("ROLE_INSTRUCTOR", "ROLE_ADMIN");
		assertThatThrownBy(() -> authenticate(email, "wrong horse battery")).isInstanceOf(BadCredentialsException.class);
	}

	@Test
	void five_wrong_passwords_lock_the_account_even_for_the_right_password() throws Exception {
		String email = uniqueEmail("throttle");
		accounts.register(email, "correct horse battery", "Throttled Person");
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> authenticate(email, "guess number " + System.nanoTime()))
				.isInstanceOf(BadCredentialsException.class);
		}

		assertThatThrownBy(() -> authenticate(email, "correct horse battery")).isInstanceOf(LockedException.class);
		Integer lockedRows = jdbc.queryForObject(
				"select count(*) from app_user where email = ? and locked_until > utc_timestamp(6)", Integer.class,
				email.toLowerCase());
		assertThat(lockedRows).isEqualTo(1);
	}

	@Test
	void roles_granted_by_an_administrator_are_persisted() {
		UserAccount learner = accounts.register(uniqueEmail("promote"), "correct horse battery", "Future Instructor");
		signIn.as("admin@example.com");

		accounts.updateAccess(learner.id(), EnumSet.of(Role.LEARNER, Role.INSTRUCTOR), true, learner.version());

		String roles = jdbc.queryForObject(
				"select group_concat(role order by role) from user_role where user_id = ?", String.class, learner.id());
		assertThat(roles).isEqualTo("INSTRUCTOR,LEARNER");
	}

	@Test
	void a_stale_role_edit_is_refused() {
		UserAccount learner = accounts.register(uniqueEmail("stale"), "correct horse battery", "Stale Edit");
		signIn.as("admin@example.com");
		accounts.updateAccess(learner.id(), EnumSet.of(Role.INSTRUCTOR), true, learner.version());

		assertThatThrownBy(() -> accounts.updateAccess(learner.id(), EnumSet.of(Role.ADMIN), true, learner.version()))
			.isInstanceOf(AccountException.class)
			.hasMessageContaining("changed this account meanwhile");
	}

	@Test
	@Transactional // rolls back the demotion of the other administrators
	void the_last_administrator_cannot_remove_their_own_admin_role() {
		signIn.as("admin@example.com");
		UserAccount admin = accounts.myAccount();
		jdbc.update("update user_role set role = 'LEARNER' where role = 'ADMIN' and user_id <> ?", admin.id());

		assertThatThrownBy(() -> accounts.updateAccess(admin.id(), EnumSet.of(Role.LEARNER), true, admin.version()))
			.isInstanceOf(AccountException.class)
			.hasMessageContaining("At least one enabled administrator");
	}

	@Test
	void a_learner_cannot_list_accounts() {
		signIn.as("learner@example.com");

		assertThatThrownBy(() -> accounts.findAccounts("")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_learner_changes_their_own_name_and_password() throws Exception {
		String email = uniqueEmail("profile");
		accounts.register(email, "correct horse battery", "Jose Nunez");
		signIn.as(email);

		assertThat(accounts.changeMyName("José Nuñez").fullName()).isEqualTo("José Nuñez");
		assertThatThrownBy(() -> accounts.changeMyPassword("not my password", "a brand new passphrase"))
			.hasMessageContaining("current password is not right");
		accounts.changeMyPassword("correct horse battery", "a brand new passphrase");

		assertThat(authenticate(email, "a brand new passphrase").isAuthenticated()).isTrue();
	}

	private Authentication authenticate(String email, String password) throws Exception {
		return authentication.getAuthenticationManager()
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
	}

}
