package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseValidatorCommandTest {

	static final String ADVANCED = "advanced-electrical-safety";

	@TempDir
	Path directory;

	CourseFixture tree;

	final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@BeforeEach
	void copyTheGuideExample() {
		tree = CourseFixture.guide(directory);
	}

	int run(String... args) {
		return CourseValidatorCommand.run(List.of(args), new PrintStream(output, true, StandardCharsets.UTF_8));
	}

	List<String> lines() {
		return output.toString(StandardCharsets.UTF_8).replace(tree.root() + "/", "").lines().toList();
	}

	static final String GUIDE_EXAM_QUALITY = "exam quality, course electrical-safety-basics: 1 of 5 single-answer "
			+ "questions keyed on the longest option (20 %), at most 35 %; no exam-quality warnings";

	static final String GUIDE_MODULE_QUIZ = "  quiz quizzes/leakage.gift: 0 of 3 single-answer questions keyed on the "
			+ "longest option (0 %); no exam-quality warnings";

	static final String GUIDE_FINAL_EXAM = "  quiz quizzes/final-exam.gift: 1 of 2 single-answer questions keyed on "
			+ "the longest option (50 %); no exam-quality warnings";

	@Test
	void a_valid_tree_prints_only_the_exam_quality_summaries_and_the_summary_and_exits_with_0() {
		assertThat(run("validate", tree.root().toString())).isZero();
		assertThat(lines()).containsExactly(GUIDE_EXAM_QUALITY, GUIDE_MODULE_QUIZ, GUIDE_FINAL_EXAM,
				"1 course checked: 1 valid, 0 with errors; 0 errors, 0 warnings");
	}

	@Test
	void every_problem_is_printed_before_the_summary_and_errors_exit_with_1() {
		tree.copyCourse(ADVANCED).delete(ADVANCED + "/quizzes/leakage.gift")
			.edit(COURSE_YML, "  grading: highest\n", "  grading: highest\ncolour: blue\n");

		assertThat(run("validate", tree.root().toString())).isEqualTo(1);
		assertThat(lines()).containsExactly(
				ADVANCED + "/course.yml:31:13: error: quiz file quizzes/leakage.gift does not exist",
				COURSE_YML + ":41:1: warning: unknown key 'colour' is ignored",
				"exam quality, course " + ADVANCED + ": 1 of 2 single-answer questions keyed on the longest option "
						+ "(50 %), at most 35 % (too high); no exam-quality warnings",
				GUIDE_FINAL_EXAM, GUIDE_EXAM_QUALITY, GUIDE_MODULE_QUIZ, GUIDE_FINAL_EXAM,
				"2 courses checked: 1 valid, 1 with errors; 1 error, 1 warning");
	}

	@Test
	void warnings_alone_exit_with_0() {
		tree.edit(COURSE_YML, "  grading: highest\n", "  grading: highest\ncolour: blue\n");

		assertThat(run("validate", tree.root().toString())).isZero();
		assertThat(lines()).last().isEqualTo("1 course checked: 1 valid, 0 with errors; 0 errors, 1 warning");
	}

	@Test
	void a_course_folder_is_validated_on_its_own() {
		tree.copyCourse(ADVANCED).delete(ADVANCED + "/quizzes/leakage.gift");

		assertThat(run("validate", tree.path(COURSE).toString())).isZero();
		assertThat(lines()).containsExactly(GUIDE_EXAM_QUALITY, GUIDE_MODULE_QUIZ, GUIDE_FINAL_EXAM,
				"1 course checked: 1 valid, 0 with errors; 0 errors, 0 warnings");
	}

	@Test
	void a_path_that_is_not_a_folder_is_an_error() {
		assertThat(run("validate", tree.path("missing").toString())).isEqualTo(1);
		assertThat(lines()).containsExactly("missing:1:1: error: no such folder",
				"0 courses checked: 0 valid, 0 with errors; 1 error, 0 warnings");
	}

	@Test
	void anything_but_validate_and_one_path_is_a_usage_error() {
		assertThat(run()).isEqualTo(2);
		assertThat(run("validate")).isEqualTo(2);
		assertThat(run("check", "courses")).isEqualTo(2);
		assertThat(run("validate", "courses", "more")).isEqualTo(2);
		assertThat(lines()).hasSize(4).containsOnly(CourseValidatorCommand.USAGE);
	}

}
