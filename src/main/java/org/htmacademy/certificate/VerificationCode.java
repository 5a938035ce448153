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

	/** A well-formed code for examples on pages and in README (a test checks both). */
	public static final String EXAMPLE = "0F3K-9QZW-2M7D-XH4N-B8CR-T6VJ-5PW2";

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
		String typed = Crockford.withoutSeparators(CodeReader.lastPathSegment(input == null ? "" : input));
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
			return new ParseResult.Malformed<>("“" + group(CodeReader.canonical(values)) + "” is not a valid " + WHAT
					+ ": it has a typing mistake (a wrong character, or two swapped). " + CodeReader.COMPARE);
		}
		return new ParseResult.WellFormed<>(new VerificationCode(CodeReader.canonical(values)));
	}

	/** For printing and reading aloud, e.g. {@code 0F3K-9QZW-…}. */
	public String grouped() {
		return group(value);
	}

	@Override
	public String toString() {
		return grouped();
	}

	private static String group(String symbols) {
		return Crockford.grouped(symbols, 4, 4, 4, 4, 4, 4, 4);
	}

}
