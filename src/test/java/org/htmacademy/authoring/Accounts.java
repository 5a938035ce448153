package org.htmacademy.authoring;

import java.util.EnumSet;
import java.util.UUID;

import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.security.Role;

/** New accounts for authoring tests, each with an email no other test uses. */
public final class Accounts {

	public static final String PASSWORD = "calibrate the defibrillator";

	public static final String ADMIN = "admin@example.com";

	private Accounts() {
	}

	public static String instructor(AccountService accounts, SignIn signIn, String name) {
		String email = account(accounts, name);
		signIn.as(ADMIN);
		UserAccount account = accounts.findAccounts(email).getFirst();
		accounts.updateAccess(account.id(), EnumSet.of(Role.INSTRUCTOR, Role.LEARNER), true, account.version());
		signIn.out();
		return email;
	}

	public static String learner(AccountService accounts, String name) {
		return account(accounts, name);
	}

	private static String account(AccountService accounts, String name) {
		String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.org";
		accounts.register(email, PASSWORD, name);
		return email;
	}

	public static String courseId(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
