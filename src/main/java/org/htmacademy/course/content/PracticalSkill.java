package org.htmacademy.course.content;

import java.util.List;
import java.util.Objects;

/**
 * A hands-on skill an instructor signs off in person (course.yml {@code skills}); a course that lists skills is
 * complete only when every one is signed.
 *
 * @param checklist what the instructor watches for before signing, in order
 * @param minutes the time the learner spends on the task while the instructor watches, counted in the CE hours;
 *        0 when the course file states none
 */
public record PracticalSkill(String id, String title, List<String> checklist, int minutes) {

	public PracticalSkill {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		checklist = List.copyOf(checklist);
	}

	/** A skill whose time is not stated, and so adds nothing to the CE hours. */
	public PracticalSkill(String id, String title, List<String> checklist) {
		this(id, title, checklist, 0);
	}

}
