package org.htmacademy.course.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The courses that passed validation and every problem found, sorted by file, line and column. A course with any
 * error is left out of {@code valid} as a whole.
 *
 * @param examQuality the exam-quality figures of every course checked, valid or not, in folder order
 * @param contentHours what the content of each course folder supports, also for a course with errors, as long as
 *        its lessons and quizzes could be read
 */
public record CourseTree(List<LoadedCourse> valid, List<ContentProblem> problems,
		List<CourseExamQuality> examQuality, Map<Path, ContentHours> contentHours) {

	public CourseTree {
		valid = List.copyOf(valid);
		problems = problems.stream().sorted(ContentProblem.BY_POSITION).toList();
		examQuality = List.copyOf(examQuality);
		contentHours = Map.copyOf(contentHours);
	}

	public CourseTree(List<LoadedCourse> valid, List<ContentProblem> problems) {
		this(valid, problems, List.of(), Map.of());
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
