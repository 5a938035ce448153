package org.htmacademy.gradebook;

import java.util.List;

/**
 * A course as the Teaching list shows it, with its live version's title.
 *
 * @param learners enrolments across all versions
 * @param passedFinalExam learners whose final exam grade is a pass, across all versions
 */
public record TaughtCourse(String courseId, String title, int liveVersion, int learners, int passedFinalExam,
		List<String> instructors) {

	public TaughtCourse {
		instructors = List.copyOf(instructors);
	}

}
