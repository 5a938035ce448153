package org.htmacademy.course.gift;

import java.util.Objects;

/** One exam-quality warning, with the check that made it. */
public record ExamFinding(ExamCheck check, GiftProblem problem) {

	public ExamFinding {
		Objects.requireNonNull(check, "check");
		Objects.requireNonNull(problem, "problem");
	}

}
