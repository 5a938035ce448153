package org.htmacademy.course;

import java.util.List;
import java.util.Objects;

import org.htmacademy.course.content.ContentProblem;
import org.htmacademy.course.content.CourseExamQuality;

/**
 * What checking one course from files found.
 *
 * @param problems every problem found, with paths relative to the course folder
 * @param examQuality the exam-quality figures of the quizzes that could be read
 */
public record CourseCheck(List<ContentProblem> problems, CourseExamQuality examQuality) {

	public CourseCheck {
		problems = List.copyOf(problems);
		Objects.requireNonNull(examQuality, "examQuality");
	}

}
