package org.htmacademy.course.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.Numerical.Answer;

/** Numerical: {@code {#value:tolerance}}, {@code {#min..max}}, or several {@code =} answers, after a '#'. */
final class NumericalReader {

	/** What PHP's is_numeric accepts once trimmed, in ASCII digits only. */
	private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

	private NumericalReader() {
	}

	static Numerical read(Stem stem, Span answers, Problems problems) {
		int errorsBefore = problems.errorCount();
		Span rest = answers.from(answers.start() + 1);
		String otherFeedback = "";
		int tilde = rest.indexOf("~");
		if (tilde >= 0) {
			otherFeedback = otherAnswerFeedback(rest.from(tilde), stem.format(), problems);
			rest = rest.to(tilde);
		}
		List<Span> pieces = Pieces.split(rest, "=");
		if (pieces.isEmpty()) {
			problems.error(stem.braces(), "numerical question has no answer: write {#value}, {#value:tolerance} "
					+ "or {#min..max}");
			return null;
		}
		List<Answer> read = new ArrayList<>();
		for (Span piece : pieces) {
			Span trimmed = piece.trim();
			Weights.Weighted weighted = Weights.read(Pieces.afterMarker(piece, "="), problems);
			BigDecimal fraction = weighted.fraction() == null ? BigDecimal.ONE : weighted.fraction();
			Texts.Commented commented = Texts.splitFeedback(weighted.rest(), stem.format(), problems);
			if (commented.text().equals("*")) {
				// Moodle's '*' matches any response: the same thing as ~#feedback.
				if (fraction.signum() != 0) {
					problems.error(trimmed, "'*' (any other answer) cannot earn credit: write ~#feedback instead");
				}
				otherFeedback = commented.feedback();
				continue;
			}
			Answer answer = answer(commented.text(), fraction, commented.feedback(), trimmed, problems);
			if (answer != null) {
				read.add(answer);
			}
		}
		if (problems.errorCount() > errorsBefore) {
			return null;
		}
		if (read.stream().noneMatch(answer -> answer.fraction().compareTo(BigDecimal.ONE) == 0)) {
			problems.error(stem.braces(), "no answer is worth 100%");
			return null;
		}
		return new Numerical(stem.title(), stem.category(), stem.text(), stem.format(), stem.generalFeedback(),
				stem.line(), read, otherFeedback);
	}

	/** Moodle keeps everything from the first '~' and uses the text after its '#'. */
	private static String otherAnswerFeedback(Span from, TextFormat format, Problems problems) {
		int hash = from.indexOf("#");
		if (hash < 0) {
			problems.warning(from.trim(), "feedback for other answers is written ~#feedback; this text is ignored");
			return "";
		}
		return Texts.inQuestionFormat(from.from(hash + 1), format, problems);
	}

	/** Moodle's three forms; a range becomes its midpoint with half its width as the tolerance. */
	private static Answer answer(String text, BigDecimal fraction, String feedback, Span at, Problems problems) {
		int range = text.indexOf("..");
		int colon = text.indexOf(':');
		if (range > 0) {
			BigDecimal min = number(text.substring(0, range), at, problems);
			BigDecimal max = number(text.substring(range + 2), at, problems);
			if (min == null || max == null) {
				return null;
			}
			if (min.compareTo(max) > 0) {
				problems.error(at, "range minimum " + min.toPlainString() + " is greater than its maximum "
						+ max.toPlainString());
				return null;
			}
			BigDecimal value = min.add(max).divide(BigDecimal.TWO);
			return new Answer(value, max.subtract(value), fraction, feedback);
		}
		BigDecimal value = number(colon > 0 ? text.substring(0, colon) : text, at, problems);
		BigDecimal tolerance = colon > 0 ? number(text.substring(colon + 1), at, problems) : BigDecimal.ZERO;
		if (value == null || tolerance == null) {
			return null;
		}
		if (tolerance.signum() < 0) {
			problems.error(at, "tolerance " + tolerance.toPlainString() + " is negative");
			return null;
		}
		return new Answer(value, tolerance, fraction, feedback);
	}

	private static BigDecimal number(String text, Span at, Problems problems) {
		String trimmed = Escapes.trim(text);
		if (!NUMBER.matcher(trimmed).matches()) {
			problems.error(at, "'" + trimmed + "' is not a number");
			return null;
		}
		return new BigDecimal(trimmed);
	}
}
