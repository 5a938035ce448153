package org.htmacademy.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Length over composition rules, as NIST SP 800-63B recommends: at least 12 characters, not a
 * well-known password, not the person's own email. Returns every problem so the form can say all
 * of them at once.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiop12", "passwordpassword",
			"iloveyou1234", "welcome12345", "changeme1234", "administrator", "letmein12345", "abc123456789",
			"hospital1234", "biomed123456", "password123!", "qwerty123456");

	private PasswordPolicy() {
	}

	public static List<String> problems(String password, String email) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			problems.add("Use at least " + MIN_LENGTH + " characters.");
			return problems;
		}
		if (password.length() > MAX_LENGTH) {
			problems.add("Use at most " + MAX_LENGTH + " characters.");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			problems.add("This password is too common.");
		}
		if (lower.chars().distinct().count() < 4) {
			problems.add("Use more different characters.");
		}
		String localPart = EmailAddress.normalize(email).split("@")[0];
		if (localPart.length() >= 4 && lower.contains(localPart)) {
			problems.add("Do not use your email address in the password.");
		}
		return problems;
	}

}
