package org.htmacademy.learning.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.htmacademy.quiz.QuizStatus;

/** A quiz on the course page: its link, size and how the learner stands. */
final class QuizLine extends Div {

	QuizLine(QuizStatus quiz) {
		addClassName("quiz-line");
		setId("quiz-line-" + quiz.quizId());
		Anchor link = new Anchor("quizzes/" + quiz.quizId(), quiz.title());
		link.addClassName("quiz-link");
		Span size = new Span(quiz.questionsPerAttempt() + " questions · pass mark " + quiz.passMark() + "%");
		size.addClassName("quiz-size");
		Span status = new Span(status(quiz));
		status.addClassNames("quiz-status", quiz.passed() ? "passed" : quiz.inProgress() ? "in-progress" : "open");
		add(link, size, status);
	}

	static String status(QuizStatus quiz) {
		if (quiz.inProgress()) {
			return "In progress";
		}
		return quiz.grade()
			.map(grade -> percent(grade) + (quiz.passed() ? " — passed" : " — not passed yet"))
			.orElse(quiz.attemptsUsed() == 0 ? "Not attempted" : "Not passed yet");
	}

	/** Rounded down, as the quiz pages do, so a grade shown as 70% has reached a 70% pass mark. */
	private static String percent(BigDecimal value) {
		return value.setScale(1, RoundingMode.FLOOR).stripTrailingZeros().toPlainString() + "%";
	}

}
