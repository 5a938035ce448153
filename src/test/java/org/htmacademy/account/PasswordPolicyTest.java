package org.htmacademy.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void a_long_passphrase_passes() {
		assertThat(PasswordPolicy.problems("check the ground pin first", "a@b.org")).isEmpty();
	}

	@Test
	void eleven_characters_are_too_few() {
		assertThat(PasswordPolicy.problems("abcdefghijk", "a@b.org")).containsExactly("Use at least 12 characters.");
	}

	@Test
	void a_well_known_password_is_refused() {
		assertThat(PasswordPolicy.problems("Password1234", "a@b.org")).contains("This password is too common.");
	}

	@Test
	void the_persons_own_email_name_is_refused() {
		assertThat(PasswordPolicy.problems("jordan.alvarez-2026", "jordan.alvarez@hospital.org"))
			.contains("Do not use your email address in the password.");
	}

	@Test
	void a_single_repeated_character_is_refused() {
		assertThat(PasswordPolicy.problems("aaaaaaaaaaaaaaaa", "a@b.org")).contains("Use more different characters.");
	}

}
