package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.markdown.Severity.ERROR;
import static org.htmacademy.course.markdown.Severity.WARNING;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContentProblemTest {

	@Test
	void a_problem_prints_like_a_compiler_message_with_the_path_as_given() {
		ContentProblem error = new ContentProblem(Path.of("courses/x/quizzes/module-1.gift"), 12, 3, ERROR,
				"a matching pair is written =question -> answer");
		ContentProblem warning = new ContentProblem(Path.of("courses/x/course.yml"), 4, 1, WARNING,
				"unknown key 'colour' is ignored");

		assertThat(error).hasToString(
				"courses/x/quizzes/module-1.gift:12:3: error: a matching pair is written =question -> answer");
		assertThat(warning).hasToString("courses/x/course.yml:4:1: warning: unknown key 'colour' is ignored");
		assertThat(error.isError()).isTrue();
		assertThat(warning.isError()).isFalse();
	}

	@Test
	void a_tree_sorts_its_problems_by_file_then_line_then_column_and_counts_them() {
		ContentProblem b = problem("courses/b/course.yml", 1, 1, ERROR);
		ContentProblem a10 = problem("courses/a/course.yml", 10, 1, WARNING);
		ContentProblem a2c5 = problem("courses/a/course.yml", 2, 5, ERROR);
		ContentProblem a2c1 = problem("courses/a/course.yml", 2, 1, WARNING);
		ContentProblem lesson = problem("courses/a/lessons/x.md", 1, 1, WARNING);

		CourseTree tree = new CourseTree(List.of(), List.of(b, a10, lesson, a2c5, a2c1));

		assertThat(tree.problems()).containsExactly(a2c1, a2c5, a10, lesson, b);
		assertThat(tree.errorCount()).isEqualTo(2);
		assertThat(tree.warningCount()).isEqualTo(3);
		assertThat(tree.hasErrors()).isTrue();
	}

	private static ContentProblem problem(String file, int line, int column,
			org.htmacademy.course.markdown.Severity severity) {
		return new ContentProblem(Path.of(file), line, column, severity, "message");
	}

}
