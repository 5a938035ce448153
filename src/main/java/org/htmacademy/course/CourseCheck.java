package org.htmacademy.course;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.htmacademy.course.content.ContentHours;
import org.htmacademy.course.content.ContentProblem;
import org.htmacademy.course.content.CourseExamQuality;

/**
 * What checking one course from files found.
 *
 * @param problems every problem found, with paths relative to the course folder
 * @param examQuality the exam-quality figures of the quizzes that could be read
 * @param hours the CE hours the content supports (docs/ce-hours.md); empty when a lesson or quiz could not be read,
 *        so the content cannot be counted
 */
public record CourseCheck(List<ContentProblem> problems, CourseExamQuality examQuality,
		Optional<ContentHours> hours) {

	public CourseCheck {
		problems = List.copyOf(problems);
		Objects.requireNonNull(examQuality, "examQuality");
		Objects.requireNonNull(hours, "hours");
	}

}
