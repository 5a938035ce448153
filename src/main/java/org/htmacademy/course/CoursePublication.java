package org.htmacademy.course;

import java.util.List;

import org.htmacademy.course.content.ContentProblem;

/**
 * What publishing one course from files did.
 *
 * @param versionNumber the live version afterwards, 0 when the course has none
 * @param problems every problem found, with paths relative to the course folder
 */
public record CoursePublication(ImportOutcome outcome, int versionNumber, List<ContentProblem> problems) {

	public CoursePublication {
		problems = List.copyOf(problems);
	}

}
