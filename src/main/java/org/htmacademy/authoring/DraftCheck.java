package org.htmacademy.authoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.htmacademy.course.content.ContentHours;
import org.htmacademy.course.content.CourseExamQuality;

/**
 * What the Check of a draft found: the validator's problems, how test-wise learners would fare on its quizzes, and
 * the CE hours its content supports.
 *
 * @param hours empty while a lesson or quiz cannot be read, so the content cannot be counted
 */
public record DraftCheck(List<DraftProblem> problems, CourseExamQuality examQuality, Optional<ContentHours> hours) {

	public DraftCheck {
		problems = List.copyOf(problems);
		Objects.requireNonNull(examQuality, "examQuality");
		Objects.requireNonNull(hours, "hours");
	}

}
