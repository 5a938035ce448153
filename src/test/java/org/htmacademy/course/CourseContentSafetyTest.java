package org.htmacademy.course;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.htmacademy.course.content.ContentProblem;
import org.htmacademy.course.content.CourseTree;
import org.htmacademy.course.content.CourseTreeLoader;
import org.htmacademy.course.repository.ContentColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a course file can hold that the database cannot, or that a learner would never see as written: each is an
 * error of the validator with its file, line and column, so it never reaches an import.
 */
class CourseContentSafetyTest {

	@TempDir
	Path directory;

	CourseFolders tree;

	String id;

	@BeforeEach
	void setUp() {
		tree = new CourseFolders(directory);
		id = tree.addCourse("safety");
	}

	@Test
	void a_question_title_longer_than_its_column_is_an_error_at_the_title() {
		String title = "Leakage limit basis " + "x".repeat(ContentColumn.QUESTION_TITLE.limit());
		tree.edit(id, CourseFolders.MODULE_QUIZ, "::Leakage limit basis::", "::" + title + "::");

		assertThat(errors()).contains(tree.problem(id, "quizzes/leakage.gift:5:3: error: a question title is "
				+ title.length() + " characters long; at most 300 fit"));
	}

	@Test
	void a_category_longer_than_its_column_is_an_error_at_the_category() {
		tree.edit(id, CourseFolders.MODULE_QUIZ, "$CATEGORY: leakage", "$CATEGORY: " + "ł".repeat(301));

		assertThat(errors()).contains(tree.problem(id,
				"quizzes/leakage.gift:2:12: error: a $CATEGORY is 301 characters long; at most 300 fit"));
	}

	@Test
	void a_course_title_is_measured_in_characters_not_bytes() {
		tree.edit(id, CourseFolders.COURSE_YML, "title: Electrical Safety Testing Basics", "title: " + "Ø".repeat(300));
		assertThat(errors()).isEmpty();

		tree.edit(id, CourseFolders.COURSE_YML, "title: " + "Ø".repeat(300), "title: " + "Ø".repeat(301));
		assertThat(errors()).containsExactly(tree.problem(id,
				"course.yml:2:8: error: the course title is 301 characters long; at most 300 fit"));
	}

	@Test
	void a_nul_byte_in_a_gift_file_is_an_error_at_its_position() throws Exception {
		Path quiz = tree.path(id, CourseFolders.MODULE_QUIZ);
		Files.writeString(quiz, Files.readString(quiz).replace("Why is leakage", "Why is\u0000 leakage"));

		assertThat(errors()).containsExactly(tree.problem(id, "quizzes/leakage.gift:5:30: error: control character "
				+ "U+0000 (NUL) in the file: remove it (it is invisible in most editors; it often comes from a "
				+ "damaged copy)"));
	}

	@Test
	void a_control_character_in_a_lesson_is_an_error_too() throws Exception {
		Path lesson = tree.path(id, CourseFolders.LESSON);
		Files.writeString(lesson, Files.readString(lesson).replace("Every line", "Every\u0007 line"));

		assertThat(errors()).singleElement().asString().contains("lessons/leakage-current.md:3:6: error: control "
				+ "character U+0007 in the file");
	}

	@Test
	void a_trailing_lone_backslash_in_gift_is_an_error() {
		tree.edit(id, CourseFolders.MODULE_QUIZ, "=Current through the patient can cause harm even at levels the "
				+ "patient cannot feel. #Right", "=Current through the patient can cause harm even at levels the "
						+ "patient cannot feel. \\\n#Right");

		assertThat(errors()).singleElement().asString().contains("quizzes/leakage.gift:6:").contains(
				"error: a backslash at the end of a line escapes nothing");
	}

	@Test
	void a_double_colon_inside_a_title_is_an_error() {
		tree.edit(id, CourseFolders.MODULE_QUIZ, "::Leakage limit basis::", "::Leakage::limit basis::");

		assertThat(errors()).singleElement().asString().contains("quizzes/leakage.gift:5:")
			.contains("error: '::' after the title: a title cannot contain '::'");
	}

	@Test
	void an_escaped_double_colon_in_a_title_is_fine() {
		tree.edit(id, CourseFolders.MODULE_QUIZ, "::Leakage limit basis::", "::Leakage\\:\\:limit basis::");

		assertThat(errors()).isEmpty();
	}

	@Test
	void a_lesson_link_into_another_course_is_an_error() {
		tree.edit(id, CourseFolders.LESSON, "## References", "See [grounding](../../other-course/lessons/earth.md)."
				+ "\n\n## References");

		assertThat(errors()).singleElement().asString().contains("lessons/leakage-current.md:")
			.contains("error: link ../../other-course/lessons/earth.md points outside this course's folder");
	}

	@Test
	void web_links_and_links_inside_the_course_are_fine() {
		tree.edit(id, CourseFolders.LESSON, "## References", "See [IEC](https://webstore.iec.ch/), [below](#references)"
				+ " and [the picture](../images/leakage-path.svg).\n\n## References");

		assertThat(errors()).isEmpty();
	}

	@Test
	void an_image_in_a_quiz_question_is_rejected_rather_than_silently_dropped() {
		tree.edit(id, CourseFolders.MODULE_QUIZ, "::Leakage limit basis::Why is",
				"::Leakage limit basis::[markdown]![path](../images/leakage-path.svg) Why is");

		assertThat(errors()).containsExactly(tree.problem(id, "quizzes/leakage.gift:5:1: error: the question shows "
				+ "an image, which the quiz page does not display: describe what matters in words, or show the "
				+ "picture in a lesson"));
	}

	@Test
	void two_files_whose_names_differ_only_by_case_are_reported() throws Exception {
		Files.copy(tree.path(id, CourseFolders.IMAGE), tree.path(id, "images/Leakage-Path.svg"));

		assertThat(errors()).singleElement().asString().contains("the name images/leakage-path.svg differs from "
				+ "images/Leakage-Path.svg only by letter case or Unicode normalisation");
	}

	@Test
	void two_files_whose_names_differ_only_by_unicode_normalisation_are_reported() throws Exception {
		Files.writeString(tree.path(id, "images/caf\u00e9.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>",
				StandardCharsets.UTF_8);
		Files.writeString(tree.path(id, "images/cafe\u0301.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>",
				StandardCharsets.UTF_8);

		assertThat(errors()).singleElement().asString().contains("only by letter case or Unicode normalisation");
	}

	private List<String> errors() {
		CourseTree loaded = new CourseTreeLoader().load(directory);
		return loaded.problems().stream().filter(ContentProblem::isError).map(Object::toString).toList();
	}

}
