package org.htmacademy.account;

import java.util.EnumSet;

import org.htmacademy.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FirstAdministratorTest {

	final AccountService accounts = mock(AccountService.class);

	@Test
	void an_installation_without_an_administrator_gets_the_one_from_the_environment() {
		when(accounts.anyAdministrator()).thenReturn(false);

		new FirstAdministrator(accounts, "manager@hospital.example", "a long passphrase here", "Alex Morgan")
			.run(new DefaultApplicationArguments());

		verify(accounts).create("manager@hospital.example", "a long passphrase here", "Alex Morgan",
				EnumSet.of(Role.ADMIN));
	}

	@Test
	void once_an_administrator_exists_the_environment_is_ignored() {
		when(accounts.anyAdministrator()).thenReturn(true);

		new FirstAdministrator(accounts, "manager@hospital.example", "a long passphrase here", "Alex Morgan")
			.run(new DefaultApplicationArguments());

		verify(accounts, never()).create(anyString(), anyString(), anyString(), any());
	}

	@Test
	void without_configuration_no_account_and_no_default_password_is_created() {
		when(accounts.anyAdministrator()).thenReturn(false);

		new FirstAdministrator(accounts, "", "", "HTM Academy administrator").run(new DefaultApplicationArguments());

		verify(accounts, never()).create(anyString(), anyString(), anyString(), any());
	}

}
