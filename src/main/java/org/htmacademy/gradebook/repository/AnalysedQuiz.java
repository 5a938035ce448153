package org.htmacademy.gradebook.repository;

import org.htmacademy.course.content.GradingMethod;

/** A quiz with what its analysis page names: course, version and module ({@code moduleTitle} null: final exam). */
public record AnalysedQuiz(long quizId, String courseId, String courseTitle, int versionNumber, String moduleTitle,
		GradingMethod grading, int drawCount, int poolSize) {
}
