package org.htmacademy.quiz.repository;

import java.math.BigDecimal;
import java.time.Instant;

/** A learner's grade for one quiz across their finished attempts. */
public record GradeRow(long quizId, long userId, BigDecimal grade, BigDecimal bestScore, boolean passed,
		int finishedAttempts, Instant lastFinishedAt) {
}
