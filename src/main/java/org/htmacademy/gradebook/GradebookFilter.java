package org.htmacademy.gradebook;

/**
 * Which learners a gradebook lists; a null or blank part matches everyone.
 *
 * @param search part of the learner's name or email, any case
 * @param versionNumber the course version they are enrolled in
 */
public record GradebookFilter(String search, FinalExamStatus status, Integer versionNumber) {

	public static final GradebookFilter EVERYONE = new GradebookFilter(null, null, null);

	public boolean hasSearch() {
		return search != null && !search.isBlank();
	}

}
