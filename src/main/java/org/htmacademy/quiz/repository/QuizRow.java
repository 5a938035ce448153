package org.htmacademy.quiz.repository;

import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.course.content.ReviewPolicy;

/**
 * A quiz of one course version with its settings; {@code moduleTitle} is null for the final exam.
 *
 * @param enrolmentId the asking learner's enrolment in this very version, or null when they have none
 */
public record QuizRow(long id, long versionId, String courseSlug, String courseTitle, String moduleTitle,
		int passMark, int attemptsAllowed, int timeLimitMinutes, boolean shuffleQuestions, boolean shuffleAnswers,
		int drawCount, ReviewPolicy review, GradingMethod grading, int poolSize, Long enrolmentId) {

	public boolean finalExam() {
		return moduleTitle == null;
	}

}
