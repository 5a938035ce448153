package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;
import static org.htmacademy.course.content.CourseFixture.LESSON;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrerequisiteProblemsTest {

	static final String ADVANCED = "advanced-electrical-safety";

	static final String NO_PREREQUISITES = "prerequisites: []";

	@TempDir
	Path directory;

	CourseFixture tree;

	@BeforeEach
	void twoCourses() {
		tree = CourseFixture.guide(directory).copyCourse(ADVANCED);
	}

	@Test
	void a_prerequisite_that_names_no_course_in_the_tree_is_an_error_with_the_closest_id() {
		tree.edit(COURSE_YML, NO_PREREQUISITES, "prerequisites: [advanced-electrical-safty, dental-basics]");

		assertThat(tree.problems()).containsExactly(
				COURSE_YML + ":15:17: error: prerequisite 'advanced-electrical-safty' names no course in the tree; "
						+ "did you mean 'advanced-electrical-safety'?",
				COURSE_YML + ":15:44: error: prerequisite 'dental-basics' names no course in the tree");
	}

	@Test
	void a_course_cannot_be_its_own_prerequisite() {
		tree.edit(COURSE_YML, NO_PREREQUISITES, "prerequisites: [" + COURSE + "]");

		assertThat(tree.problems()).containsExactly(COURSE_YML + ":15:17: error: a course cannot be its own prerequisite");
	}

	@Test
	void every_course_of_a_prerequisite_cycle_is_an_error_and_a_course_that_only_depends_on_it_is_not() {
		tree.copyCourse("course-b").copyCourse("course-c").copyCourse("course-d")
			.edit(COURSE_YML, NO_PREREQUISITES, "prerequisites: [course-b]")
			.edit("course-b/course.yml", NO_PREREQUISITES, "prerequisites: [course-c]")
			.edit("course-c/course.yml", NO_PREREQUISITES, "prerequisites: [" + COURSE + "]")
			.edit("course-d/course.yml", NO_PREREQUISITES, "prerequisites: [" + COURSE + "]");

		CourseTree loaded = tree.load();

		assertThat(tree.printed(loaded.problems())).containsExactly(
				"course-b/course.yml:15:17: error: prerequisite cycle: course-b -> course-c -> " + COURSE
						+ " -> course-b",
				"course-c/course.yml:15:17: error: prerequisite cycle: course-c -> " + COURSE
						+ " -> course-b -> course-c",
				COURSE_YML + ":15:17: error: prerequisite cycle: " + COURSE + " -> course-b -> course-c -> " + COURSE);
		assertThat(loaded.valid()).extracting(LoadedCourse::id).containsExactly(ADVANCED, "course-d");
	}

	@Test
	void one_course_is_checked_against_the_courses_next_to_it_without_reporting_their_problems() {
		tree.edit(ADVANCED + "/course.yml", NO_PREREQUISITES, "prerequisites: [" + COURSE + "]")
			.write(LESSON, "no title\n");

		CourseTree loaded = new CourseTreeLoader().loadOne(tree.path(ADVANCED));

		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.valid()).singleElement()
			.satisfies(course -> assertThat(course.prerequisites()).containsExactly(COURSE));
	}

	@Test
	void one_course_is_checked_for_unknown_prerequisites_and_cycles_through_the_courses_next_to_it() {
		tree.edit(ADVANCED + "/course.yml", NO_PREREQUISITES, "prerequisites: [" + COURSE + ", missing-course]")
			.edit(COURSE_YML, NO_PREREQUISITES, "prerequisites: [" + ADVANCED + "]");

		CourseTree loaded = new CourseTreeLoader().loadOne(tree.path(ADVANCED));

		assertThat(tree.printed(loaded.problems())).containsExactly(
				ADVANCED + "/course.yml:15:17: error: prerequisite cycle: " + ADVANCED + " -> " + COURSE + " -> "
						+ ADVANCED,
				ADVANCED + "/course.yml:15:43: error: prerequisite 'missing-course' names no course in the tree");
		assertThat(loaded.valid()).isEmpty();
	}

}
