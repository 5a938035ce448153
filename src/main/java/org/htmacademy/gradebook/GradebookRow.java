package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.htmacademy.course.content.GradingMethod;

/**
 * One enrolled learner in a course's gradebook. The final exam fields describe the final exam of the learner's own
 * version; {@code grading} is empty when that version has none.
 *
 * @param bestScore the learner's highest attempt score in percent, empty before a finished attempt
 * @param grade the final exam grade by its grading method, empty before a finished attempt
 * @param attemptsUsed attempts started, finished or not
 * @param attemptsAllowed 0 for unlimited
 * @param lastActivity the later of the last lesson opened or completed and the last quiz attempt started or finished
 */
public record GradebookRow(long userId, String learnerName, String email, int versionNumber, String versionLabel,
		int lessonsRead, int lessons, int moduleQuizzesPassed, int moduleQuizzes, Optional<GradingMethod> grading,
		Optional<BigDecimal> bestScore, Optional<BigDecimal> grade, int attemptsUsed, int attemptsAllowed,
		FinalExamStatus status, Instant lastActivity) {
}
