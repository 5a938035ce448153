package org.htmacademy.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Emails are compared without case: one person, one account, however they type it. */
final class EmailAddress {

	private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private EmailAddress() {
	}

	static String normalize(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	static boolean isPlausible(String normalized) {
		return normalized.length() <= 254 && PLAUSIBLE.matcher(normalized).matches();
	}

}
