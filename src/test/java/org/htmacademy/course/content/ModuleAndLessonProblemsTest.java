package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;
import static org.htmacademy.course.content.CourseFixture.LESSON;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleAndLessonProblemsTest {

	static final String YML = COURSE_YML + ":";

	static final String LESSON_ENTRY = "      - lessons/leakage-current.md\n";

	static final String A_LESSON = "# Another lesson\n\nText.\n\n## References\n\n- IEC 62353:2014\n";

	@TempDir
	Path directory;

	CourseFixture course;

	@BeforeEach
	void copyTheGuideExample() {
		course = CourseFixture.guide(directory);
	}

	@Test
	void a_course_needs_at_least_one_module() {
		course.edit(COURSE_YML, "modules:\n  - id: leakage\n    title: Leakage current\n    lessons:\n" + LESSON_ENTRY
				+ "    quiz:\n      file: quizzes/leakage.gift\n      passMark: 70\n", "modules: []\n\n\n\n\n\n\n\n");

		assertThat(course.problems()).contains(YML + "25:10: error: a course needs at least one module")
			.anyMatch(problem -> problem.contains("0 words of lessons"))
			.hasSize(2);
	}

	@Test
	void a_module_id_must_be_well_formed() {
		course.edit(COURSE_YML, "  - id: leakage", "  - id: Leakage Current");

		assertThat(course.problems()).containsExactly(YML + "26:9: error: module id 'Leakage Current' is not valid: "
				+ "use lowercase letters, digits and single hyphens (like leakage-current)");
	}

	@Test
	void a_module_id_must_be_unique_in_the_course() {
		course.write(COURSE + "/lessons/again.md", A_LESSON)
			.edit(COURSE_YML, "      passMark: 70\n",
					"      passMark: 70\n  - id: leakage\n    title: Again\n    lessons: [lessons/again.md]\n");

		assertThat(course.problems()).containsExactly(YML + "33:9: error: module id 'leakage' is already used on line 26");
	}

	@Test
	void a_lesson_file_that_does_not_exist_is_an_error() {
		course.edit(COURSE_YML, LESSON_ENTRY, LESSON_ENTRY + "      - lessons/missing.md\n");

		assertThat(course.problems()).containsExactly(YML + "30:9: error: lesson file lessons/missing.md does not exist");
	}

	@Test
	void a_lesson_file_outside_the_course_folder_is_an_error_even_when_it_exists() throws Exception {
		course.write("other-course/lessons/intro.md", A_LESSON);
		Files.createSymbolicLink(course.path(COURSE + "/lessons/linked.md"),
				course.path("other-course/lessons/intro.md").toAbsolutePath());
		course.edit(COURSE_YML, LESSON_ENTRY, LESSON_ENTRY + "      - ../other-course/lessons/intro.md\n"
				+ "      - /etc/hostname\n      - lessons/linked.md\n");

		assertThat(course.problems()).containsExactly(
				YML + "30:9: error: lesson file ../other-course/lessons/intro.md is outside the course folder",
				YML + "31:9: error: lesson file /etc/hostname is outside the course folder",
				YML + "32:9: error: lesson file lessons/linked.md is outside the course folder",
				"other-course:1:1: warning: the folder has no course.yml and is ignored");
	}

	@Test
	void a_lesson_file_listed_twice_is_an_error_however_its_path_is_written() {
		course.edit(COURSE_YML, LESSON_ENTRY, LESSON_ENTRY + "      - lessons/../lessons/leakage-current.md\n");

		assertThat(course.problems()).containsExactly(YML
				+ "30:9: error: lesson file lessons/../lessons/leakage-current.md is listed twice (first on line 29)");
	}

	@Test
	void two_lesson_files_with_the_same_name_in_different_folders_would_share_an_id() {
		course.write(COURSE + "/extra/leakage-current.md", A_LESSON)
			.edit(COURSE_YML, LESSON_ENTRY, LESSON_ENTRY + "      - extra/leakage-current.md\n");

		assertThat(course.problems()).containsExactly(YML + "30:9: error: lesson id 'leakage-current' is already used "
				+ "by lessons/leakage-current.md: lesson file names must be unique in the course");
	}

	@Test
	void a_lesson_file_name_is_its_id_and_must_be_markdown() {
		course.write(COURSE + "/lessons/Safety Basics.md", A_LESSON)
			.write(COURSE + "/lessons/notes.txt", A_LESSON)
			.edit(COURSE_YML, LESSON_ENTRY, LESSON_ENTRY + "      - lessons/Safety Basics.md\n      - lessons/notes.txt\n");

		assertThat(course.problems()).containsExactly(
				YML + "30:9: error: lesson id 'Safety Basics' is not valid: use lowercase letters, digits and single "
						+ "hyphens (like leakage-current); the id is the file name",
				YML + "31:9: error: lesson file lessons/notes.txt must be Markdown, ending in .md");
	}

	@Test
	void lesson_lint_problems_are_reported_at_their_line_and_column_in_the_lesson() {
		course.write(LESSON, "Leakage current\n\nText <script>alert(1)</script>.\n");

		assertThat(course.problems()).containsExactly(
				LESSON + ":1:1: error: the first line must be the lesson title as a level-1 heading: # Title",
				LESSON + ":3:1: warning: no ## References section; end the lesson with one naming its primary sources",
				LESSON + ":3:6: error: <script> is removed when the lesson is rendered");
	}

	@Test
	void a_lesson_that_is_not_utf8_is_an_error_at_the_first_bad_byte() {
		course.writeBytes(LESSON, "# Leakage current\n\nCaf\u00e9 in Latin-1: caf\u00e9\n"
				.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

		assertThat(course.problems()).containsExactly(LESSON + ":3:4: error: the file is not UTF-8 text; save it as UTF-8");
	}

}
