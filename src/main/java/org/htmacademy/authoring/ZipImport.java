package org.htmacademy.authoring;

import java.util.List;

import org.htmacademy.course.ImportOutcome;

/**
 * What importing an uploaded course ZIP did.
 *
 * @param problems as the validator prints them, with paths inside the course folder
 */
public record ZipImport(String courseId, ImportOutcome outcome, int versionNumber, List<String> problems) {

	public ZipImport {
		problems = List.copyOf(problems);
	}

}
