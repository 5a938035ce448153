package org.htmacademy.authoring;

import java.util.List;
import java.util.Objects;

import org.htmacademy.course.content.CourseExamQuality;

/** What the Check of a draft found: the validator's problems, and how test-wise learners would fare on its quizzes. */
public record DraftCheck(List<DraftProblem> problems, CourseExamQuality examQuality) {

	public DraftCheck {
		problems = List.copyOf(problems);
		Objects.requireNonNull(examQuality, "examQuality");
	}

}
