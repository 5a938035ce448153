package org.htmacademy.course.gift;

import java.util.List;
import java.util.Locale;

import org.htmacademy.course.gift.GiftQuestion.TrueFalse;

/** True/false: {@code {T}}, {@code {TRUE}}, {@code {F}} or {@code {FALSE}}, each optionally with two feedbacks. */
final class TrueFalseReader {

	private static final List<String> TRUE = List.of("T", "TRUE");
	private static final List<String> FALSE = List.of("F", "FALSE");

	private TrueFalseReader() {
	}

	/** Moodle's test: the text before the first '#' is exactly one of the four keywords, case included. */
	static boolean isTrueFalse(Span answers) {
		String keyword = keyword(answers);
		return TRUE.contains(keyword) || FALSE.contains(keyword);
	}

	/** True for {@code {true}} and the like, which Moodle reads as a short answer. */
	static boolean looksLikeTrueFalse(Span answers) {
		String keyword = keyword(answers).toUpperCase(Locale.ROOT);
		return TRUE.contains(keyword) || FALSE.contains(keyword);
	}

	/**
	 * The first {@code #} feedback is for a wrong answer and the second for a right one, so which of them shows
	 * for "true" depends on the right answer.
	 */
	static TrueFalse read(Stem stem, Span answers, Problems problems) {
		int first = answers.indexOf("#");
		int second = first < 0 ? -1 : answers.indexOf("#", first + 1);
		String wrong = "";
		String right = "";
		if (first >= 0) {
			Span wrongSpan = second < 0 ? answers.from(first + 1) : answers.from(first + 1).to(second);
			wrong = Texts.inQuestionFormat(wrongSpan, stem.format(), problems);
		}
		if (second >= 0) {
			right = Texts.inQuestionFormat(answers.from(second + 1), stem.format(), problems);
		}
		boolean correct = TRUE.contains(keyword(answers));
		return new TrueFalse(stem.title(), stem.category(), stem.text(), stem.format(), stem.generalFeedback(),
				stem.line(), correct, correct ? right : wrong, correct ? wrong : right);
	}

	private static String keyword(Span answers) {
		int hash = answers.indexOf("#");
		return Escapes.trim(hash > answers.start() ? answers.to(hash).raw() : answers.raw());
	}
}
