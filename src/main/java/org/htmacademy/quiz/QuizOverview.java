package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.content.ReviewPolicy;

/**
 * A quiz's start page for the signed-in learner: its rules, their attempts so far and their grade.
 *
 * @param attemptsAllowed 0 means unlimited
 * @param timeLimitMinutes 0 means no time limit
 * @param cannotStartReason why no new attempt can start, e.g. every attempt is used
 */
public record QuizOverview(long quizId, String title, String courseId, String courseTitle, boolean finalExam,
		int questionsPerAttempt, int passMark, int attemptsAllowed, int timeLimitMinutes, ReviewPolicy review,
		GradingMethod grading, List<AttemptSummary> attempts, Optional<BigDecimal> grade, boolean passed,
		Optional<String> attemptInProgress, Optional<String> cannotStartReason) {
}
