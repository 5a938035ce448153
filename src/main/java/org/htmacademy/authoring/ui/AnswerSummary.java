package org.htmacademy.authoring.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;

/** A question's answer key in a few lines, for a reviewer to check at a glance. */
final class AnswerSummary {

	private AnswerSummary() {
	}

	static List<String> of(GiftQuestion question) {
		return switch (question) {
			case MultipleChoice q -> q.choices()
				.stream()
				.map(c -> (c.fraction().signum() > 0 ? "✓ " : "✗ ") + c.text()
						+ (c.fraction().compareTo(BigDecimal.ONE) == 0 || c.fraction().signum() == 0 ? ""
								: " (" + Grades.label(c.fraction()) + ")"))
				.toList();
			case TrueFalse q -> List.of("Answer: " + (q.correctAnswer() ? "true" : "false"));
			case ShortAnswer q -> q.answers()
				.stream()
				.map(a -> "Accepts: " + a.text()
						+ (a.fraction().compareTo(BigDecimal.ONE) == 0 ? "" : " (" + Grades.label(a.fraction()) + ")"))
				.toList();
			case Numerical q -> q.answers()
				.stream()
				.map(a -> a.value().toPlainString() + " ± " + a.tolerance().toPlainString()
						+ (a.fraction().compareTo(BigDecimal.ONE) == 0 ? "" : " (" + Grades.label(a.fraction()) + ")"))
				.toList();
			case Matching q -> Stream
				.concat(q.pairs().stream().map(p -> p.question() + " → " + p.answer()),
						q.distractors().stream().map(d -> "(extra) " + d))
				.toList();
		};
	}

}
