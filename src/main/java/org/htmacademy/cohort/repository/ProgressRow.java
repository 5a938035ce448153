package org.htmacademy.cohort.repository;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One member × one course of a cohort. Counts refer to the learner's pinned course version, or to the live version
 * when they are not enrolled.
 *
 * @param finalGrade null until the final exam has a grade
 * @param certificate the number of a valid certificate for the course, or null
 */
public record ProgressRow(long userId, String name, String email, String courseSlug, String courseTitle,
		LocalDate dueOn, boolean enrolled, int lessonsRead, int lessonsTotal, int quizzesPassed, int quizzesTotal,
		boolean hasFinalExam, BigDecimal finalGrade, boolean finalPassed, boolean requiresLessons,
		boolean requiresFinalQuiz, int skillsSigned, int skillsTotal, String certificate) {
}
