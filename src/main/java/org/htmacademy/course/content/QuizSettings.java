package org.htmacademy.course.content;

import java.util.Objects;

/**
 * How a quiz is delivered and graded, as set in course.yml.
 *
 * @param passMark percent needed to pass, 0–100
 * @param attempts attempts allowed; 0 means unlimited
 * @param timeLimitMinutes 0 means no time limit
 * @param draw questions drawn at random for each attempt; 0 means all
 */
public record QuizSettings(int passMark, int attempts, int timeLimitMinutes, boolean shuffleQuestions,
		boolean shuffleAnswers, int draw, ReviewPolicy review, GradingMethod grading) {

	/** The defaults of the authoring guide, for every key a quiz leaves out. */
	public static final QuizSettings DEFAULTS = new QuizSettings(70, 0, 0, true, true, 0,
			ReviewPolicy.CORRECT_ANSWERS, GradingMethod.HIGHEST);

	public QuizSettings {
		Objects.requireNonNull(review, "review");
		Objects.requireNonNull(grading, "grading");
	}

}
