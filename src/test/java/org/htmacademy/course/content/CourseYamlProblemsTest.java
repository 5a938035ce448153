package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with course.yml as YAML: syntax, keys and the types of values. */
class CourseYamlProblemsTest {

	static final String YML = COURSE_YML + ":";

	@TempDir
	Path directory;

	CourseFixture course;

	@BeforeEach
	void copyTheGuideExample() {
		course = CourseFixture.guide(directory);
	}

	@Test
	void a_yaml_syntax_error_is_reported_at_snakeyamls_mark() {
		course.edit(COURSE_YML, "title: Electrical Safety", "title: Electrical: Safety");

		assertThat(course.problems()).containsExactly(YML + "2:18: error: invalid YAML: mapping values are not allowed here");
	}

	@Test
	void a_yaml_syntax_error_names_where_the_broken_construct_started() {
		course.edit(COURSE_YML, "medical electrical equipment\"", "medical electrical equipment");

		assertThat(course.problems()).containsExactly(YML + "41:1: error: invalid YAML: found unexpected end of "
				+ "stream (while scanning a quoted scalar from line 20, column 5)");
	}

	@Test
	void an_empty_course_file_is_an_error() {
		course.write(COURSE_YML, "# to do\n");

		assertThat(course.problems()).containsExactly(YML + "1:1: error: course.yml is empty");
	}

	@Test
	void a_course_file_that_is_not_a_mapping_is_an_error() {
		course.write(COURSE_YML, "- id: electrical-safety-basics\n");

		assertThat(course.problems()).containsExactly(YML + "1:1: error: course.yml must be a mapping, not a list");
	}

	@Test
	void missing_required_keys_are_reported_at_the_start_of_their_mapping() {
		course.edit(COURSE_YML, "version: 1.0.0\n", "").edit(COURSE_YML, "certificate: true\n", "");

		assertThat(course.problems()).containsExactly(YML + "1:1: error: missing required key 'version'",
				YML + "1:1: error: missing required key 'certificate'");
	}

	@Test
	void a_module_without_a_title_is_reported_at_the_module() {
		course.edit(COURSE_YML, "    title: Leakage current\n", "");

		assertThat(course.problems()).containsExactly(YML + "26:5: error: missing required key 'title'");
	}

	@Test
	void a_quiz_without_a_file_is_reported_at_the_quiz_settings() {
		course.edit(COURSE_YML, "      file: quizzes/leakage.gift\n", "");

		assertThat(course.problems()).containsExactly(YML + "31:7: error: missing required key 'file'");
	}

	@Test
	void values_of_the_wrong_type_are_reported_at_the_value() {
		course.edit(COURSE_YML, "title: Electrical Safety Testing Basics", "title: [Electrical, Safety]")
			.edit(COURSE_YML, "version: 1.0.0", "version:")
			.edit(COURSE_YML, "  - Explain why leakage current", "  - Explain: why leakage current")
			.edit(COURSE_YML, "ceHours: 0.25", "ceHours: half")
			.edit(COURSE_YML, "  - name: Dana Whitfield", "  - name: \"\"")
			.edit(COURSE_YML, "certificate: true", "certificate: sometimes")
			.edit(COURSE_YML, "      passMark: 70", "      passMark: 70.5");

		assertThat(course.problems()).containsExactly(
				YML + "2:8: error: title must be text, not a list",
				YML + "3:9: error: version has no value",
				YML + "9:5: error: objectives entry must be text, not a mapping",
				YML + "11:10: error: ceHours must be a number, not 'half'",
				YML + "17:11: error: name must not be empty",
				YML + "24:14: error: certificate must be true or false, not 'sometimes'",
				YML + "32:17: error: passMark must be a whole number, not '70.5'");
	}

	@Test
	void a_mapping_with_no_value_is_an_error() {
		course.edit(COURSE_YML, "completion:\n  lessonsRead: true\n  finalQuizPassed: true\n", "completion:\n\n\n");

		assertThat(course.problems()).containsExactly(YML + "21:12: error: completion has no value");
	}

	@Test
	void unknown_keys_are_warnings_with_the_closest_known_key() {
		course.edit(COURSE_YML, "      passMark: 70", "      passmark: 70")
			.edit(COURSE_YML, "  grading: highest\n", "  grading: highest\ncolour: blue\n");

		CourseTree tree = course.load();

		assertThat(course.printed(tree.problems())).containsExactly(
				YML + "32:7: warning: unknown key 'passmark' is ignored; did you mean 'passMark'?",
				YML + "41:1: warning: unknown key 'colour' is ignored");
		assertThat(tree.valid()).hasSize(1);
	}

	@Test
	void a_key_written_twice_is_an_error_at_the_second() {
		course.edit(COURSE_YML, "version: 1.0.0\n", "version: 1.0.0\ntitle: Again\n");

		assertThat(course.problems()).containsExactly(YML + "4:1: error: duplicate key 'title' (first on line 2)");
	}

}
