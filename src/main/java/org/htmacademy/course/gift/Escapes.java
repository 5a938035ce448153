package org.htmacademy.course.gift;

/**
 * GIFT's backslash escapes. Like Moodle, an escaped character is swapped for a placeholder before the question is
 * taken apart, so it can never act as syntax, and is swapped back in the finished texts.
 */
final class Escapes {

	private static final String ESCAPABLE = ":#={}~n";
	private static final String LITERAL = ":#={}~\n";
	// Private-use code points: they cannot clash with GIFT syntax and are never typed by authors.
	private static final char FIRST_PLACEHOLDER = '\uE000';

	private Escapes() {
	}

	/** Appends {@code line} to {@code out} with its escapes replaced; {@code columns} gets each char's source column. */
	static void encode(String line, int firstColumn, StringBuilder out, IntList columns) {
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
			int column = firstColumn + i;
			if (c == '\\' && next == '\\') {
				out.append('\\');
				i += 2;
			} else if (c == '\\' && next != 0 && ESCAPABLE.indexOf(next) >= 0) {
				out.append((char) (FIRST_PLACEHOLDER + ESCAPABLE.indexOf(next)));
				i += 2;
			} else {
				out.append(c);
				i++;
			}
			columns.add(column);
		}
	}

	static String decode(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int index = c - FIRST_PLACEHOLDER;
			out.append(index >= 0 && index < LITERAL.length() ? LITERAL.charAt(index) : c);
		}
		return out.toString();
	}

	/** PHP's trim(), which Moodle applies everywhere: it strips ASCII whitespace, NUL and vertical tab only. */
	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isTrimmed(text.charAt(start))) {
			start++;
		}
		while (end > start && isTrimmed(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	static boolean isTrimmed(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
	}
}
