package org.htmacademy.course.content;

import java.util.List;

/**
 * The courses that passed validation and every problem found, sorted by file, line and column. A course with any
 * error is left out of {@code valid} as a whole.
 *
 * @param examQuality the exam-quality figures of every course checked, valid or not, in folder order
 */
public record CourseTree(List<LoadedCourse> valid, List<ContentProblem> problems,
		List<CourseExamQuality> examQuality) {

	public CourseTree {
		valid = List.copyOf(valid);
		problems = problems.stream().sorted(ContentProblem.BY_POSITION).toList();
		examQuality = List.copyOf(examQuality);
	}

	public CourseTree(List<LoadedCourse> valid, List<ContentProblem> problems) {
		this(valid, problems, List.of());
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
