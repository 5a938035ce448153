package org.htmacademy.certificate;

/**
 * Crockford's base 32: digits and capital letters without I, L, O and U, so a code read aloud or copied by hand
 * survives; I and L are read as 1 and O as 0, the way Crockford specifies.
 */
final class Crockford {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** Returned by {@link #value} for a character that has no place in a code. */
	static final int INVALID = -1;

	private Crockford() {
	}

	static char symbol(int value) {
		return ALPHABET.charAt(value);
	}

	/** The symbol's value, accepting lower case and the look-alikes I, L and O; {@link #INVALID} otherwise. */
	static int value(char c) {
		char upper = Character.toUpperCase(c);
		return switch (upper) {
			case 'I', 'L' -> 1;
			case 'O' -> 0;
			case 'U' -> INVALID;
			default -> upper < 128 ? ALPHABET.indexOf(upper) : INVALID;
		};
	}

	/**
	 * What a person typed, without the separators people add or copy along (spaces, hyphens, dashes).
	 */
	static String withoutSeparators(String input) {
		StringBuilder kept = new StringBuilder(input.length());
		input.codePoints().filter(c -> !isSeparator(c)).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static boolean isSeparator(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || (c >= 0x2010 && c <= 0x2015)
				|| c == 0x2212;
	}

	/** Splits a canonical code into groups joined by hyphens, e.g. {@code ABCD-EFGH}. */
	static String grouped(String canonical, int... groupLengths) {
		StringBuilder out = new StringBuilder(canonical.length() + groupLengths.length);
		int at = 0;
		for (int length : groupLengths) {
			if (!out.isEmpty()) {
				out.append('-');
			}
			out.append(canonical, at, at + length);
			at += length;
		}
		return out.toString();
	}

}
