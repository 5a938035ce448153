package org.htmacademy.course.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Answer weights such as {@code %50%}, read and checked as Moodle's GIFT import does. */
final class Weights {

	/** Moodle's $giftanswerweightregex, which also lets through weights it then rejects (e.g. 150). */
	private static final Pattern WEIGHT = Pattern.compile("%(-*)([0-9]{1,2})\\.?([0-9]*)%");
	/** Moodle's import rejects a fraction more than this far from every grade in its list. */
	private static final BigDecimal TOLERANCE = new BigDecimal("0.00001");
	/** question_bank::fraction_options_full(): the positive grades; their negatives and 0 are allowed too. */
	private static final List<BigDecimal> GRADES = grades("1", "0.9", "0.8333333", "0.8", "0.75", "0.7", "0.6666667",
			"0.6", "0.5", "0.4", "0.3333333", "0.3", "0.25", "0.2", "0.1666667", "0.1428571", "0.125", "0.1111111",
			"0.1", "0.05");
	private static final String ALLOWED = "100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, "
			+ "20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, their negatives, or 0";

	/** The fraction when the answer starts with a weight (null if it has none, or a bad one), and the rest. */
	record Weighted(BigDecimal fraction, Span rest) {
	}

	private Weights() {
	}

	static Weighted read(Span answer, Problems problems) {
		if (!answer.startsWith("%")) {
			return new Weighted(null, answer);
		}
		String raw = answer.raw();
		int close = raw.indexOf('%', 1);
		if (close < 0) {
			if (raw.length() > 1 && "-0123456789.".indexOf(raw.charAt(1)) >= 0) {
				problems.error(answer, "weight is not closed with '%': write a percentage such as %50% or %-25%");
			}
			// Otherwise a text that merely starts with '%', which Moodle keeps as text.
			return new Weighted(null, answer);
		}
		Span token = answer.to(answer.start() + close + 1);
		Span rest = answer.from(token.end());
		Matcher matcher = WEIGHT.matcher(token.raw());
		if (!matcher.matches() || matcher.group(1).length() > 1) {
			problems.error(token, "malformed weight '" + token.text() + "': write a percentage such as %50% or %-25%");
			return new Weighted(null, rest);
		}
		BigDecimal fraction = snap(new BigDecimal(raw.substring(1, close)).movePointLeft(2));
		if (fraction == null) {
			problems.error(token, "weight " + token.text() + " is not a grade Moodle allows (" + ALLOWED + ")");
		}
		return new Weighted(fraction, rest);
	}

	/** Moodle's match_grade_options in 'error' mode: the listed grade within 0.00001, stored as listed. */
	static BigDecimal snap(BigDecimal fraction) {
		for (BigDecimal grade : GRADES) {
			if (fraction.subtract(grade).abs().compareTo(TOLERANCE) < 0) {
				return grade;
			}
		}
		return null;
	}

	/** A percentage for messages: 0.3333333 becomes 33.33333. */
	static String percent(BigDecimal fraction) {
		return fraction.movePointRight(2).stripTrailingZeros().toPlainString();
	}

	private static List<BigDecimal> grades(String... positive) {
		List<BigDecimal> grades = new ArrayList<>();
		grades.add(BigDecimal.ZERO);
		Stream.of(positive).map(BigDecimal::new).forEach(grade -> {
			grades.add(grade);
			grades.add(grade.negate());
		});
		return List.copyOf(grades);
	}
}
