package org.htmacademy.gradebook;

import org.htmacademy.course.content.GradingMethod;

/**
 * Which finished attempts item analysis reads. Moodle's statistics report starts from the attempts that count for
 * the grade under the quiz's grading method (all of them when grades are averaged) and lets the teacher choose.
 */
public enum AttemptSelection {

	ALL("All finished attempts"),
	HIGHEST("Highest attempt per learner"),
	FIRST("First attempt per learner"),
	LAST("Last attempt per learner");

	private final String label;

	AttemptSelection(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The attempts that make the grade under this grading method. */
	public static AttemptSelection countingFor(GradingMethod grading) {
		return switch (grading) {
			case HIGHEST -> HIGHEST;
			case AVERAGE -> ALL;
			case FIRST -> FIRST;
			case LAST -> LAST;
		};
	}

}
