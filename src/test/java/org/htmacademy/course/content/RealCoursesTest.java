package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The validator over the real courses/ folder. Authors are still writing some courses, so problems are printed,
 * not failed on: this only shows that the whole tree loads and every problem reaches the output.
 */
class RealCoursesTest {

	static final Path COURSES = Path.of("courses");

	@Test
	void the_real_tree_loads_and_the_validator_prints_every_problem_found() {
		CourseTree tree = new CourseTreeLoader().load(COURSES);
		ByteArrayOutputStream output = new ByteArrayOutputStream();

		int exitCode = CourseValidatorCommand.run(List.of("validate", COURSES.toString()),
				new PrintStream(output, true, StandardCharsets.UTF_8));

		List<String> printed = output.toString(StandardCharsets.UTF_8).lines().toList();
		System.out.println(String.join("\n", printed));
		assertThat(printed).containsAll(tree.problems().stream().map(ContentProblem::toString).toList());
		int examQualityLines = tree.examQuality().stream()
			.filter(course -> !course.quizzes().isEmpty())
			.mapToInt(course -> 1 + course.quizzes().size())
			.sum();
		assertThat(printed).hasSize(tree.problems().size() + examQualityLines + 1);
		assertThat(printed.getLast()).startsWith(CourseTreeLoader.courseFolders(COURSES).size() + " course");
		assertThat(exitCode).isEqualTo(tree.hasErrors() ? 1 : 0);
		assertThat(tree.problems()).allSatisfy(problem -> assertThat(problem.file()).startsWith(COURSES));
	}

}
