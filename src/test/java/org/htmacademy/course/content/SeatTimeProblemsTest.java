package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** completion.minimumSeatMinutes: its default, and the problems reported at its value. */
class SeatTimeProblemsTest {

	static final String YML = COURSE_YML + ":";

	static final String RULE = "  finalQuizPassed: true\n";

	@TempDir
	Path directory;

	CourseFixture course;

	@BeforeEach
	void copyTheGuideExample() {
		course = CourseFixture.guide(directory);
	}

	@Test
	void without_a_stated_minimum_a_course_asks_for_half_its_contact_hours() {
		LoadedCourse loaded = course.load().valid().getFirst();

		assertThat(loaded.completion().statedSeatMinutes()).isNull();
		assertThat(loaded.ceHours()).isEqualByComparingTo("0.25");
		assertThat(loaded.minimumSeatMinutes()).isEqualTo(7);
	}

	@Test
	void the_default_is_half_of_a_longer_courses_hours_in_whole_minutes() {
		course.edit(COURSE_YML, "ceHours: 0.25", "ceHours: 0.5");
		course.edit(CourseFixture.COURSE + "/lessons/leakage-current.md", "## References",
				org.htmacademy.course.CourseFolders.LONGER_LESSON + "\n\n## References");

		assertThat(course.load().valid().getFirst().minimumSeatMinutes()).isEqualTo(15);
	}

	@Test
	void a_stated_minimum_is_kept_and_0_asks_for_none() {
		course.edit(COURSE_YML, RULE, RULE + "  minimumSeatMinutes: 12\n");
		assertThat(course.load().valid().getFirst().minimumSeatMinutes()).isEqualTo(12);

		course.edit(COURSE_YML, "minimumSeatMinutes: 12", "minimumSeatMinutes: 0");
		LoadedCourse none = course.load().valid().getFirst();
		assertThat(none.minimumSeatMinutes()).isZero();
		assertThat(none.completion().statedSeatMinutes()).isZero();
		assertThat(course.problems()).isEmpty();
	}

	@Test
	void a_minimum_above_the_claimed_hours_is_an_error_at_its_value() {
		course.edit(COURSE_YML, RULE, RULE + "  minimumSeatMinutes: 16\n");

		assertThat(course.problems()).containsExactly(YML + "24:23: error: completion.minimumSeatMinutes (16) must "
				+ "not be more than the 0.25 contact hours the course claims (15 minutes)");
	}

	@Test
	void a_negative_minimum_is_an_error() {
		course.edit(COURSE_YML, RULE, RULE + "  minimumSeatMinutes: -5\n");

		assertThat(course.problems()).containsExactly(YML + "24:23: error: minimumSeatMinutes must be 0 or more, not -5");
	}

	@Test
	void a_minimum_that_is_not_a_whole_number_of_minutes_is_an_error() {
		course.edit(COURSE_YML, RULE, RULE + "  minimumSeatMinutes: 12.5\n");

		assertThat(course.problems()).singleElement()
			.asString()
			.startsWith(YML + "24:23: error: minimumSeatMinutes must be a whole number");
	}

}
