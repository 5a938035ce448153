package org.htmacademy.certificate;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The code that proves a certificate is genuine: 128 random bits in 26 Crockford symbols and two check symbols,
 * written in seven groups of four ({@code 0F3K-…}). Nobody can guess a valid one, and a mistyped one is known to be
 * mistyped before anything is looked up.
 *
 * @param value the 28 symbols without separators
 */
public record VerificationCode(String value) {

	static final int DATA_SYMBOLS = 26;

	static final int CHECK_SYMBOLS = 2;

	static final int LENGTH = DATA_SYMBOLS + CHECK_SYMBOLS;

	private static final String WHAT = "verification code";

	public VerificationCode {
		Objects.requireNonNull(value, "value");
		if (!CodeReader.isCanonical(value, LENGTH, CHECK_SYMBOLS)) {
			throw new IllegalArgumentException("Not a canonical verification code: " + value);
		}
	}

	public static VerificationCode generate(SecureRandom random) {
		byte[] bits = new byte[16];
		random.nextBytes(bits);
		BigInteger number = new BigInteger(1, bits);
		int[] data = new int[DATA_SYMBOLS];
		for (int i = DATA_SYMBOLS - 1; i >= 0; i--) {
			data[i] = number.intValue() & 31;
			number = number.shiftRight(5);
		}
		return new VerificationCode(CodeReader.canonical(CheckSymbols.append(data, CHECK_SYMBOLS)));
	}

	/**
	 * Reads a code as a person types or pastes it: any case, with or without spaces and hyphens, I and L for 1, O for
	 * 0, or the whole verification link.
	 */
	public static ParseResult<VerificationCode> parse(String input) {
		String typed = Crockford.withoutSeparators(lastPathSegment(input == null ? "" : input));
		if (typed.isEmpty()) {
			return new ParseResult.Malformed<>("Enter the verification code printed on the certificate.");
		}
		StringBuilder problem = new StringBuilder();
		int[] values = CodeReader.values(typed, WHAT, problem);
		if (values == null) {
			return new ParseResult.Malformed<>(problem.toString());
		}
		if (values.length != LENGTH) {
			return new ParseResult.Malformed<>("This code has " + values.length + " characters; a " + WHAT + " has "
					+ LENGTH + " (seven groups of four).");
		}
		if (!CheckSymbols.valid(values, CHECK_SYMBOLS)) {
			return new ParseResult.Malformed<>("This code has a typing mistake: its last two characters do not match "
					+ "the rest. Compare it with the certificate character by character.");
		}
		return new ParseResult.WellFormed<>(new VerificationCode(CodeReader.canonical(values)));
	}

	/** For printing and reading aloud, e.g. {@code 0F3K-9QZW-…}. */
	public String grouped() {
		return Crockford.grouped(value, 4, 4, 4, 4, 4, 4, 4);
	}

	@Override
	public String toString() {
		return grouped();
	}

	private static String lastPathSegment(String input) {
		String text = input.strip();
		if (!text.contains("/")) {
			return text;
		}
		int query = indexOfAny(text, '?', '#');
		if (query >= 0) {
			text = text.substring(0, query);
		}
		while (text.endsWith("/")) {
			text = text.substring(0, text.length() - 1);
		}
		return text.substring(text.lastIndexOf('/') + 1);
	}

	private static int indexOfAny(String text, char a, char b) {
		int first = text.indexOf(a);
		int second = text.indexOf(b);
		return first < 0 ? second : second < 0 ? first : Math.min(first, second);
	}

}
