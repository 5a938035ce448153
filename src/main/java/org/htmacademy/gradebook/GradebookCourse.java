package org.htmacademy.gradebook;

import java.util.List;

/** A course's gradebook heading: its live title and every version learners are enrolled in, with its quizzes. */
public record GradebookCourse(String courseId, String title, List<VersionQuizzes> versions) {

	public GradebookCourse {
		versions = List.copyOf(versions);
	}

	/** The quizzes of one version, module quizzes in module order, then the final exam. */
	public record VersionQuizzes(int versionNumber, String versionLabel, boolean live, int learners,
			List<QuizSummary> quizzes) {

		public VersionQuizzes {
			quizzes = List.copyOf(quizzes);
		}

	}

	/** {@code title} is "Final exam" or "Module quiz: " and the module's title. */
	public record QuizSummary(long quizId, String title, boolean finalExam, int finishedAttempts) {
	}

}
