package org.htmacademy.account;

import java.nio.charset.StandardCharsets;

import org.htmacademy.HtmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Passwords of any allowed length are hashed whole, with Argon2id; older bcrypt hashes move over at sign-in. */
@HtmSpringTest
class PasswordHashTest {

	/** 80 bytes in UTF-8: more than bcrypt's 72, fewer than the policy's 128 characters. */
	static final String LONG_PASSPHRASE = "Grüße über Überwachung öffnen äußerst ruhige Nächte für Büros überall";

	@Autowired
	AccountService accounts;

	@Autowired
	AuthenticationConfiguration authentication;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_passphrase_longer_than_72_bytes_registers_and_signs_in() throws Exception {
		assertThat(LONG_PASSPHRASE.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		String email = AccountServiceTest.uniqueEmail("long.passphrase");
		accounts.register(email, LONG_PASSPHRASE, "Lena Lang");

		assertThat(authenticate(email, LONG_PASSPHRASE).isAuthenticated()).isTrue();
	}

	@Test
	void every_byte_of_a_long_passphrase_counts_not_only_the_first_72() throws Exception {
		String email = AccountServiceTest.uniqueEmail("every.byte");
		String passphrase = "a".repeat(72) + " first ending";
		accounts.register(email, passphrase, "Ada Byte");

		assertThatThrownBy(() -> authenticate(email, "a".repeat(72) + " other ending"))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(authenticate(email, passphrase).isAuthenticated()).isTrue();
	}

	@Test
	void a_bcrypt_hash_still_signs_in_and_is_replaced_by_an_argon2id_hash() throws Exception {
		String email = AccountServiceTest.uniqueEmail("older.hash");
		UserAccount account = accounts.register(email, "correct horse battery", "Otto Older");
		jdbc.update("update app_user set password_hash = ? where id = ?",
				"{bcrypt}" + new BCryptPasswordEncoder().encode("correct horse battery"), account.id());

		assertThat(authenticate(email, "correct horse battery").isAuthenticated()).isTrue();

		String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class,
				account.id());
		assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
		assertThat(authenticate(email, "correct horse battery").isAuthenticated()).isTrue();
	}

	private Authentication authenticate(String email, String password) throws Exception {
		return authentication.getAuthenticationManager()
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
	}

}
