package org.htmacademy.course.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer.Answer;

/** Short answer: {@code =} answers only, each optionally weighted; an unweighted answer is worth 100%. */
final class ShortAnswerReader {

	private ShortAnswerReader() {
	}

	static ShortAnswer read(Stem stem, Span answers, Problems problems) {
		int errorsBefore = problems.errorCount();
		Pieces.warnGlued(answers, "=", problems);
		List<Span> pieces = Pieces.split(answers, "=");
		if (TrueFalseReader.looksLikeTrueFalse(answers)) {
			problems.warning(answers, "read as a short answer: true/false needs T, TRUE, F or FALSE in capitals");
		} else if (!pieces.getFirst().trim().startsWith("=")) {
			problems.warning(pieces.getFirst().trim(), "answer without '=': Moodle reads it as a right answer; "
					+ "write it as =answer");
		}
		List<Answer> read = new ArrayList<>();
		List<Span> empty = new ArrayList<>();
		for (Span piece : pieces) {
			Weights.Weighted weighted = Weights.read(Pieces.afterMarker(piece, "="), problems);
			Texts.Commented commented = Texts.splitFeedback(weighted.rest(), stem.format(), problems);
			if (commented.text().isEmpty()) {
				empty.add(piece.trim());
				continue;
			}
			BigDecimal fraction = weighted.fraction() == null ? BigDecimal.ONE : weighted.fraction();
			read.add(new Answer(commented.text(), fraction, commented.feedback()));
		}
		if (read.isEmpty()) {
			problems.error(stem.braces(), "short answer has no answer: write each accepted answer as =answer");
			return null;
		}
		empty.forEach(piece -> problems.error(piece, "empty answer"));
		if (problems.errorCount() > errorsBefore) {
			return null;
		}
		if (read.stream().noneMatch(answer -> answer.fraction().compareTo(BigDecimal.ONE) == 0)) {
			problems.error(stem.braces(), "no answer is worth 100%");
			return null;
		}
		return new ShortAnswer(stem.title(), stem.category(), stem.text(), stem.format(), stem.generalFeedback(),
				stem.line(), read);
	}
}
