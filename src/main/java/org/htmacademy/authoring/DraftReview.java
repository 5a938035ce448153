package org.htmacademy.authoring;

import java.util.List;
import java.util.Optional;

import org.htmacademy.course.content.ContentHours;

/**
 * What checking a draft found, and the CE hours its content supports.
 *
 * @param hours empty while a lesson or quiz cannot be read, so the content cannot be counted
 */
public record DraftReview(List<DraftProblem> problems, Optional<ContentHours> hours) {

	public DraftReview {
		problems = List.copyOf(problems);
	}

}
