package org.htmacademy.course.content;

import java.util.List;

/**
 * The courses that passed validation and every problem found, sorted by file, line and column. A course with any
 * error is left out of {@code valid} as a whole.
 */
public record CourseTree(List<LoadedCourse> valid, List<ContentProblem> problems) {

	public CourseTree {
		valid = List.copyOf(valid);
		problems = problems.stream().sorted(ContentProblem.BY_POSITION).toList();
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(ContentProblem::isError);
	}

	public long errorCount() {
		return problems.stream().filter(ContentProblem::isError).count();
	}

	public long warningCount() {
		return problems.size() - errorCount();
	}

}
