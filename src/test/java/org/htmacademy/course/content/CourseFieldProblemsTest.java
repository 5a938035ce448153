package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Problems with the values of course.yml: ids, enumerations, CE hours and lists that must not be empty. */
class CourseFieldProblemsTest {

	static final String YML = COURSE_YML + ":";

	static final String ID_RULE = "is not valid: use lowercase letters, digits and single hyphens (like leakage-current)";

	@TempDir
	Path directory;

	CourseFixture course;

	@BeforeEach
	void copyTheGuideExample() {
		course = CourseFixture.guide(directory);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Electrical_Safety", "electrical--safety", "-electrical", "electrical-", "électrique" })
	void a_course_id_must_be_lowercase_letters_digits_and_single_hyphens(String id) {
		course.edit(COURSE_YML, "id: " + COURSE, "id: " + id);

		assertThat(course.problems()).containsExactly(YML + "1:5: error: course id '" + id + "' " + ID_RULE,
				YML + "1:5: error: course id '" + id + "' must equal its folder name '" + COURSE + "'");
	}

	@Test
	void a_course_id_must_equal_its_folder_name() {
		course.edit(COURSE_YML, "id: " + COURSE, "id: electrical-safety");

		assertThat(course.problems()).containsExactly(
				YML + "1:5: error: course id 'electrical-safety' must equal its folder name '" + COURSE + "'");
	}

	@Test
	void a_course_id_used_twice_is_reported_on_the_copy_not_on_the_course_whose_folder_it_names() {
		course.copyFolder("basics-copy");

		CourseTree tree = course.load();

		assertThat(course.printed(tree.problems())).containsExactly(
				"basics-copy/course.yml:1:5: error: course id '" + COURSE + "' must equal its folder name 'basics-copy'",
				"basics-copy/course.yml:1:5: error: course id '" + COURSE + "' is already used by " + COURSE_YML);
		assertThat(tree.valid()).extracting(LoadedCourse::folder).containsExactly(course.path(COURSE));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			track: networking    | track: electrical    | 4:8: error: unknown track 'electrical': use networking, cybersecurity, dental or imaging
			level: introductory  | level: beginner      | 5:8: error: unknown level 'beginner': use introductory, intermediate or advanced
			certification: CBET  | certification: cbet  | 13:20: error: unknown certification 'cbet': use CBET, CHTM, CRES or CLES
			review: your-answers | review: answers      | 39:11: error: unknown review 'answers': use score-only, your-answers or correct-answers
			grading: highest     | grading: best        | 40:12: error: unknown grading 'best': use highest, last, first or average
			""")
	void an_unknown_value_lists_the_allowed_ones(String line, String edited, String problem) {
		course.edit(COURSE_YML, line, edited);

		assertThat(course.problems()).containsExactly(YML + problem);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0     | ceHours must be more than 0, not 0
			-0.25 | ceHours must be more than 0, not -0.25
			0.3   | ceHours must be a multiple of 0.25 (a quarter hour), not 0.3
			1.10  | ceHours must be a multiple of 0.25 (a quarter hour), not 1.10
			""")
	void ce_hours_must_be_a_positive_multiple_of_a_quarter_hour(String hours, String message) {
		course.edit(COURSE_YML, "ceHours: 0.25", "ceHours: " + hours);

		assertThat(course.problems()).containsExactly(YML + "11:10: error: " + message);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.25", "2.75", "3", "10.0" })
	void ce_hours_in_quarter_hours_are_accepted(String hours) {
		course.edit(COURSE_YML, "ceHours: 0.25", "ceHours: " + hours);

		// Whether the content supports them is another check (CeHoursRuleTest).
		assertThat(course.problems()).noneMatch(problem -> problem.contains("ceHours must"));
	}

	@Test
	void objectives_authors_references_certification_areas_domains_and_lessons_must_not_be_empty() {
		// Removed lines become blank lines, so every other line keeps its number.
		course.edit(COURSE_YML, "objectives:\n  - Explain why", "objectives:\n#")
			.edit(COURSE_YML, "  - Record a safety test so that another technician can repeat it.", "")
			.edit(COURSE_YML, "certificationAreas:\n  - certification: CBET\n    domains: [Public safety in the "
					+ "healthcare facility]", "certificationAreas: []\n\n")
			.edit(COURSE_YML, "authors:\n  - name: Dana Whitfield\n    credentials: CBET", "authors: []\n\n")
			.edit(COURSE_YML, "references:\n  - \"IEC", "references: []\n# \"IEC")
			.edit(COURSE_YML, "    lessons:\n      - lessons/leakage-current.md", "    lessons: []\n");

		assertThat(course.problems()).containsExactly(
				YML + "8:12: error: objectives must not be empty",
				YML + "12:21: error: certificationAreas must not be empty",
				YML + "16:10: error: authors must not be empty",
				YML + "19:13: error: references must not be empty",
				YML + "28:14: error: a module needs at least one lesson");
	}

	@Test
	void the_domains_of_a_certification_area_must_not_be_empty() {
		course.edit(COURSE_YML, "domains: [Public safety in the healthcare facility]", "domains: []");

		assertThat(course.problems()).containsExactly(YML + "14:14: error: domains must not be empty");
	}

}
