package org.htmacademy.common;

/**
 * One CSV field as every export writes it (RFC 4180): quoted when it holds a comma, quote or line break, quotes
 * doubled. A text a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return, e.g. a
 * title typed as {@code =HYPERLINK(…)}) gets a leading apostrophe, as OWASP advises against CSV injection. Names
 * never need it: they start with a letter (PersonName), so a name reads the same in every export.
 */
public final class CsvField {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvField() {
	}

	public static String of(String value) {
		String safe = neutralised(value);
		boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
		return quote ? quoted(safe) : safe;
	}

	/** Always quoted, for files whose readers expect every text quoted. */
	public static String alwaysQuoted(String value) {
		return quoted(neutralised(value));
	}

	static String neutralised(String value) {
		return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	private static String quoted(String safe) {
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
