package org.htmacademy.course;

import java.util.List;

/**
 * Published after every import of the course tree (at start-up, from the command line or the administration
 * screen), when each course is written.
 *
 * @param liveCourseIds the courses that have a live version after the import: published now or unchanged
 */
public record CoursesImported(List<String> liveCourseIds) {

	public CoursesImported {
		liveCourseIds = List.copyOf(liveCourseIds);
	}

	static CoursesImported of(ImportReport report) {
		return new CoursesImported(report.courses()
			.stream()
			.filter(course -> course.outcome() != ImportOutcome.REJECTED)
			.map(CourseImportResult::courseId)
			.toList());
	}

}
