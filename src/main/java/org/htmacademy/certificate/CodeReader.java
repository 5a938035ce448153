package org.htmacademy.certificate;

/** Reads typed symbols into values, naming the first character that cannot be part of a code. */
final class CodeReader {

	static final String COMPARE = "Compare it with the certificate character by character.";

	private CodeReader() {
	}

	/** The symbols' values, or null after putting the reason into {@code problem}. */
	static int[] values(String symbols, String what, StringBuilder problem) {
		int[] values = new int[symbols.length()];
		for (int i = 0; i < symbols.length(); i++) {
			char c = symbols.charAt(i);
			values[i] = Crockford.value(c);
			if (values[i] == Crockford.INVALID) {
				problem.append(c == 'U' ? "The letter U is never used in " + what + "s."
						: "“" + c + "” cannot be part of a " + what + ": it uses only the digits 0–9 and the letters "
								+ "A–Z except U.");
				return null;
			}
		}
		return values;
	}

	/** Exactly {@code length} symbols of the alphabet in upper case whose check symbols match. */
	static boolean isCanonical(String code, int length, int checkSymbols) {
		if (code.length() != length) {
			return false;
		}
		int[] values = new int[length];
		for (int i = 0; i < length; i++) {
			values[i] = Crockford.ALPHABET.indexOf(code.charAt(i));
			if (values[i] < 0) {
				return false;
			}
		}
		return CheckSymbols.valid(values, checkSymbols);
	}

	static String canonical(int[] values) {
		StringBuilder out = new StringBuilder(values.length);
		for (int value : values) {
			out.append(Crockford.symbol(value));
		}
		return out.toString();
	}

	/** What follows the last slash of a pasted link, without its query; the input itself when it is no link. */
	static String lastPathSegment(String input) {
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
