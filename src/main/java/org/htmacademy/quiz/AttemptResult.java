package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.content.ReviewPolicy;

/**
 * A submitted attempt as its results page shows it. {@code questions} is empty when the review policy shows the
 * score only. {@code quizGrade} is the learner's grade across attempts by the quiz's grading method.
 */
public record AttemptResult(String code, long quizId, String quizTitle, String courseId, String courseTitle,
		int number, Instant startedAt, Instant finishedAt, FinishedBy finishedBy, BigDecimal score, int passMark,
		boolean passed, int questionCount, int answeredCount, ReviewPolicy review, Optional<BigDecimal> quizGrade,
		boolean quizPassed, List<ReviewedQuestion> questions) {
}
