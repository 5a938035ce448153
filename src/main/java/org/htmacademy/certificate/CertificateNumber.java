package org.htmacademy.certificate;

import java.security.SecureRandom;
import java.time.Year;
import java.util.Objects;

/**
 * The number printed on a certificate, e.g. {@code HTMA-2026-7KQ2M-9XD4S}: the year of issue, nine random Crockford
 * symbols and a check symbol over year and symbols. It reveals no database id and no count of certificates issued,
 * and a single mistyped or swapped character is recognised. Random, so the database must keep numbers unique and
 * draw again on the rare collision (45 bits: about one in 14 000 among 100 000 numbers of a year).
 *
 * @param value the canonical form, {@code HTMA-yyyy-XXXXX-XXXXX}
 */
public record CertificateNumber(String value) {

	static final String PREFIX = "HTMA";

	static final int RANDOM_SYMBOLS = 9;

	/** Year digits, random symbols and the check symbol: everything the check covers. */
	static final int CHECKED_SYMBOLS = 4 + RANDOM_SYMBOLS + 1;

	/** A well-formed number for examples on pages and in README (a test checks both). */
	public static final String EXAMPLE = "HTMA-2026-7KQ2M-9XD4S";

	private static final String WHAT = "certificate number";

	public CertificateNumber {
		Objects.requireNonNull(value, "value");
		String checked = Crockford.withoutSeparators(value.replaceFirst("^" + PREFIX + "-", ""));
		if (!value.equals(format(checked)) || !CodeReader.isCanonical(checked, CHECKED_SYMBOLS, 1)
				|| !checked.substring(0, 4).chars().allMatch(Character::isDigit)) {
			throw new IllegalArgumentException("Not a canonical certificate number: " + value);
		}
	}

	public static CertificateNumber generate(Year issued, SecureRandom random) {
		if (issued.getValue() < 1000 || issued.getValue() > 9999) {
			throw new IllegalArgumentException("year must have four digits: " + issued);
		}
		int[] data = new int[4 + RANDOM_SYMBOLS];
		String year = Integer.toString(issued.getValue());
		for (int i = 0; i < 4; i++) {
			data[i] = year.charAt(i) - '0';
		}
		for (int i = 4; i < data.length; i++) {
			data[i] = random.nextInt(32);
		}
		return new CertificateNumber(format(CodeReader.canonical(CheckSymbols.append(data, 1))));
	}

	/** Reads a number as typed: any case, with or without hyphens and spaces, with or without the HTMA prefix. */
	public static ParseResult<CertificateNumber> parse(String input) {
		String typed = Crockford.withoutSeparators(input == null ? "" : input);
		if (typed.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			typed = typed.substring(PREFIX.length());
		}
		if (typed.isEmpty()) {
			return new ParseResult.Malformed<>("Enter the certificate number, e.g. " + EXAMPLE + ".");
		}
		StringBuilder problem = new StringBuilder();
		int[] values = CodeReader.values(typed, WHAT, problem);
		if (values == null) {
			return new ParseResult.Malformed<>(problem.toString());
		}
		if (values.length != CHECKED_SYMBOLS) {
			return new ParseResult.Malformed<>("A " + WHAT + " is HTMA, the year and ten characters (like " + EXAMPLE
					+ "); this one has " + values.length + " characters after HTMA instead of " + CHECKED_SYMBOLS
					+ ".");
		}
		for (int i = 0; i < 4; i++) {
			if (values[i] > 9) {
				return new ParseResult.Malformed<>("After HTMA comes the year of issue; “"
						+ typed.substring(0, 4) + "” is not a year.");
			}
		}
		if (!CheckSymbols.valid(values, 1)) {
			// never a guess at the number meant: that would hand out valid numbers one typo away
			return new ParseResult.Malformed<>("“" + format(CodeReader.canonical(values)) + "” is not a valid " + WHAT
					+ ": it has a typing mistake (a wrong character, or two swapped). " + CodeReader.COMPARE);
		}
		return new ParseResult.WellFormed<>(new CertificateNumber(format(CodeReader.canonical(values))));
	}

	public Year year() {
		return Year.of(Integer.parseInt(value.substring(PREFIX.length() + 1, PREFIX.length() + 5)));
	}

	@Override
	public String toString() {
		return value;
	}

	private static String format(String checked) {
		if (checked.length() != CHECKED_SYMBOLS) {
			return "";
		}
		return PREFIX + "-" + Crockford.grouped(checked, 4, 5, 5);
	}

}
