package org.htmacademy.quiz;

/**
 * Published in the submitting transaction when an attempt is finished and the learner's quiz grade updated;
 * certificates listen for a passed final exam.
 */
public record QuizGraded(long userId, long enrolmentId, long quizId, String courseId, boolean finalExam,
		boolean passed) {
}
