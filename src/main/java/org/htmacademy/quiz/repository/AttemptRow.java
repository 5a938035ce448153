package org.htmacademy.quiz.repository;

import java.math.BigDecimal;
import java.time.Instant;

/** One attempt as stored; {@code deadline}, {@code finishedAt}, {@code finishedBy}, {@code score} may be null. */
public record AttemptRow(long id, String code, long quizId, long userId, long enrolmentId, int number, long seed,
		String state, Instant startedAt, Instant deadline, Instant finishedAt, String finishedBy, int currentSlot,
		BigDecimal score, Boolean passed) {
}
