package org.htmacademy.course.gift;

import java.util.ArrayList;
import java.util.List;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.Matching.Pair;

/** Matching: {@code =question -> answer} pairs; a pair with no question adds a distractor answer. */
final class MatchingReader {

	/** Moodle's matching editor asks for at least 2 questions and 3 answers, distractors included. */
	private static final int MIN_QUESTIONS = 2;
	private static final int MIN_ANSWERS = 3;

	private MatchingReader() {
	}

	static Matching read(Stem stem, Span answers, Problems problems) {
		int errorsBefore = problems.errorCount();
		List<Pair> pairs = new ArrayList<>();
		List<String> distractors = new ArrayList<>();
		Pieces.warnGlued(answers, "=", problems);
		for (Span piece : Pieces.split(answers, "=")) {
			Span pair = Pieces.afterMarker(piece, "=");
			int arrow = pair.indexOf("->");
			if (arrow < 0) {
				problems.error(piece.trim(), "a matching pair is written =question -> answer");
				continue;
			}
			if (pair.indexOf("#") >= 0) {
				problems.warning(pair, "'#' is kept as text: matching pairs have no feedback "
						+ "(escape it as \\# if you mean it)");
			}
			String question = Texts.inQuestionFormat(pair.to(arrow), stem.format(), problems);
			String answer = pair.from(arrow + 2).text();
			if (question.isEmpty() && answer.isEmpty()) {
				continue;
			} else if (question.isEmpty()) {
				distractors.add(answer);
			} else if (answer.isEmpty()) {
				problems.error(piece.trim(), "'" + question + "' has no answer");
			} else {
				pairs.add(new Pair(question, answer));
			}
		}
		if (problems.errorCount() > errorsBefore) {
			return null;
		}
		int answerCount = pairs.size() + distractors.size();
		if (pairs.size() < MIN_QUESTIONS || answerCount < MIN_ANSWERS) {
			problems.error(stem.braces(), "matching needs at least " + MIN_QUESTIONS + " questions and "
					+ MIN_ANSWERS + " answers (Moodle's minimum); this one has " + pairs.size() + " and " + answerCount);
			return null;
		}
		return new Matching(stem.title(), stem.category(), stem.text(), stem.format(), stem.generalFeedback(),
				stem.line(), pairs, distractors);
	}
}
