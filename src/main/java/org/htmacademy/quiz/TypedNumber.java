package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a learner typed it, read the way Moodle's qtype_numerical_answer_processor::apply_units reads it.
 * The UI can use it to warn before submission, as Moodle's validation message does. Exactly one of
 * {@code value} and {@code problem} is null.
 */
public record TypedNumber(String typed, BigDecimal value, String problem) {

	private static final Pattern EXPONENT = Pattern.compile("(?:e|E|(?:x|\\*|×)10(?:\\^|\\*\\*))([+-]?\\d+)");
	private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[-+]?\\d+)?");

	public static TypedNumber read(String typed) {
		// Spaces may be thousands separators; x10^3, *10^3 and ×10**3 all mean e3.
		String text = EXPONENT.matcher(typed.replace(" ", "")).replaceAll("e$1");
		// With a '.' or several ',' the commas group thousands; a single ',' alone is the decimal separator.
		if (text.contains(".") || text.chars().filter(c -> c == ',').count() > 1) {
			text = text.replace(",", "");
		}
		else {
			text = text.replace(',', '.');
		}
		Matcher matcher = NUMBER.matcher(text);
		String shown = typed.strip();
		if (!matcher.lookingAt()) {
			return new TypedNumber(typed, null, "'" + shown + "' is not a number");
		}
		if (matcher.end() < text.length()) {
			// Moodle would read "500 mA" as 500 and ignore the unit; a biomed should not be marked right that way.
			return new TypedNumber(typed, null,
					"'" + shown + "' is not a number: give the number alone, without a unit or other text");
		}
		return new TypedNumber(typed, new BigDecimal(matcher.group()), null);
	}

	public boolean isNumber() {
		return value != null;
	}
}
