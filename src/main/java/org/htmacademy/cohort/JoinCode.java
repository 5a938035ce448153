package org.htmacademy.cohort;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A cohort's join code: ten Crockford base-32 characters (50 random bits), shown in two groups of five, e.g.
 * {@code 7KQ2M-9XDTB}. Typed codes are read forgivingly: case, spaces and hyphens do not matter, and O, I and L
 * are read as 0, 1 and 1.
 */
public record JoinCode(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 10;

	public JoinCode {
		if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			throw new IllegalArgumentException("Not a join code: " + value);
		}
	}

	static JoinCode generate(SecureRandom random) {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return new JoinCode(code.toString());
	}

	/** Empty when the text cannot be a join code at all. */
	public static Optional<JoinCode> parse(String typed) {
		StringBuilder code = new StringBuilder();
		for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
			switch (c) {
				case '-', ' ' -> {
				}
				case 'O' -> code.append('0');
				case 'I', 'L' -> code.append('1');
				default -> code.append(c);
			}
		}
		String value = code.toString();
		boolean valid = value.length() == LENGTH && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
		return valid ? Optional.of(new JoinCode(value)) : Optional.empty();
	}

	public String grouped() {
		return value.substring(0, 5) + "-" + value.substring(5);
	}

	@Override
	public String toString() {
		return grouped();
	}

}
