package org.htmacademy.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Each learner's progress in each course of a cohort, as of {@code today} in the installation's time zone. */
public record CohortProgress(long cohortId, String cohortName, LocalDate today, List<LearnerProgress> learners) {

	public record LearnerProgress(String name, String email, List<CourseProgress> courses) {

		public boolean anyOverdue() {
			return courses.stream().anyMatch(course -> course.status() == Status.OVERDUE);
		}

	}

	/**
	 * @param finalExamGrade percent; empty until the final exam has a finished attempt
	 * @param certificate the number of the learner's valid certificate for the course
	 */
	public record CourseProgress(String courseId, String courseTitle, Optional<LocalDate> dueOn, int lessonsRead,
			int lessonsTotal, int quizzesPassed, int quizzesTotal, Optional<BigDecimal> finalExamGrade,
			boolean finalExamPassed, int skillsSigned, int skillsTotal, Optional<String> certificate, Status status) {
	}

	public enum Status {

		NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETE("Complete"), OVERDUE("Overdue");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
