package org.htmacademy.course.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;

/** Multiple choice and missing word: any {@code ~} in the answer block. */
final class ChoiceReader {

	private ChoiceReader() {
	}

	static MultipleChoice read(Stem stem, Span answers, Problems problems) {
		int errorsBefore = problems.errorCount();
		// Moodle decides on any '=' in the block, even one inside a feedback.
		boolean single = answers.indexOf("=") >= 0;
		Pieces.warnGlued(answers, "~=", problems);
		List<Span> pieces = Pieces.split(answers, "~=");
		if (pieces.size() < 2) {
			problems.error(stem.braces(), "multiple choice needs at least 2 choices");
			return null;
		}
		List<Choice> choices = new ArrayList<>();
		for (Span piece : pieces) {
			Choice choice = choice(piece.trim(), stem.format(), problems);
			if (choice != null) {
				choices.add(choice);
			}
		}
		if (problems.errorCount() > errorsBefore) {
			return null;
		}
		if (!gradesAddUp(stem, choices, single, problems)) {
			return null;
		}
		return new MultipleChoice(stem.title(), stem.category(), stem.text(), stem.format(), stem.generalFeedback(),
				stem.line(), choices, !single, stem.missingWord());
	}

	private static Choice choice(Span piece, TextFormat format, Problems problems) {
		BigDecimal fraction;
		Span rest;
		if (piece.startsWith("=")) {
			fraction = BigDecimal.ONE;
			rest = piece.from(piece.start() + 1).trim();
			if (rest.startsWith("%")) {
				// Moodle would keep the weight as text and still give the choice 100%.
				problems.error(piece, "'=' always means 100%: write a weighted choice as ~%50%...");
				return null;
			}
		} else {
			Weights.Weighted weighted = Weights.read(Pieces.afterMarker(piece, "~"), problems);
			fraction = weighted.fraction() == null ? BigDecimal.ZERO : weighted.fraction();
			rest = weighted.rest();
		}
		Texts.Commented commented = Texts.splitFeedback(rest, format, problems);
		if (commented.text().isEmpty()) {
			problems.error(piece, "empty choice: every choice needs a text");
			return null;
		}
		return new Choice(commented.text(), fraction, commented.feedback());
	}

	/**
	 * The checks Moodle's multichoice question type makes when the imported question is saved. With an '=' there
	 * is always a choice worth 100%, so only the multiple-answer totals can be wrong.
	 */
	private static boolean gradesAddUp(Stem stem, List<Choice> choices, boolean single, Problems problems) {
		BigDecimal max = choices.stream().map(Choice::fraction).reduce(BigDecimal.ONE.negate(), BigDecimal::max);
		BigDecimal positive = choices.stream().map(Choice::fraction).filter(f -> f.signum() > 0)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (max.signum() <= 0) {
			problems.error(stem.braces(), "no correct answer: mark the right choice with '=', or give the right "
					+ "choices positive weights that add up to 100%");
			return false;
		}
		BigDecimal total = positive.setScale(2, RoundingMode.HALF_UP);
		if (!single && total.compareTo(BigDecimal.ONE) != 0) {
			problems.error(stem.braces(), "the weights of the right choices add up to " + Weights.percent(total)
					+ "%, not 100% (a question with several right answers has no '=')");
			return false;
		}
		return true;
	}
}
