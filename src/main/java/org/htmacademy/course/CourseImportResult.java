package org.htmacademy.course;

import java.util.List;

/**
 * One course's line in an import report.
 *
 * @param courseId the course's stable id (its folder name when the course file could not be read)
 * @param versionNumber the live version after the import, 0 when the course has none
 * @param problems every problem found in the course's files, as {@code file:line:column: severity: message}
 */
public record CourseImportResult(String courseId, String title, ImportOutcome outcome, int versionNumber,
		List<String> problems) {

	public CourseImportResult {
		problems = List.copyOf(problems);
	}

}
