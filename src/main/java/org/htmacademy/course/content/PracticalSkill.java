package org.htmacademy.course.content;

import java.util.List;
import java.util.Objects;

/**
 * A hands-on skill an instructor signs off in person (course.yml {@code skills}); a course that lists skills is
 * complete only when every one is signed.
 *
 * @param checklist what the instructor watches for before signing, in order
 */
public record PracticalSkill(String id, String title, List<String> checklist) {

	public PracticalSkill {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		checklist = List.copyOf(checklist);
	}

}
