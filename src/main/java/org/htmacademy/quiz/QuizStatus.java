package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.util.Optional;

/** A quiz of the learner's course version as listed on the course page. */
public record QuizStatus(long quizId, String title, boolean finalExam, int questionsPerAttempt, int passMark,
		Optional<BigDecimal> grade, boolean passed, int attemptsUsed, int attemptsAllowed, boolean inProgress) {
}
