package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;
import static org.htmacademy.course.content.CourseFixture.LESSON;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator holds {@code ceHours} (line 11 of the guide's example) against what the content supports: 32 words
 * and 11 + 5 questions presented, 16.2 minutes, so a quarter hour.
 */
class CeHoursProblemsTest {

	static final String AT_CE_HOURS = COURSE_YML + ":11:10: ";

	@TempDir
	Path directory;

	CourseFixture course;

	@BeforeEach
	void copyTheGuideExample() {
		course = CourseFixture.guide(directory);
	}

	@Test
	void hours_the_content_supports_are_accepted() {
		assertThat(course.problems()).isEmpty();
	}

	@Test
	void more_hours_than_the_content_supports_is_an_error_on_the_ce_hours_line_in_plain_words() {
		course.edit(COURSE_YML, "ceHours: 0.25", "ceHours: 0.5");

		CourseTree tree = course.load();

		assertThat(course.printed(tree.problems())).containsExactly(AT_CE_HOURS + "error: The course claims 0.5 CE "
				+ "hours, more than its content supports: 32 words of lessons (0.2 minutes at 150 words a minute) + 16 "
				+ "quiz questions presented (16 minutes at 1 minute each) = 16.2 minutes, which supports at most 0.25 "
				+ "CE hours (rounded down to a quarter hour). Lower the CE hours to 0.25 or less, or add content.");
		assertThat(tree.valid()).as("a course with the error is not published").isEmpty();
	}

	@Test
	void the_new_users_course_of_one_short_lesson_and_no_quiz_supports_no_hours() {
		course.edit(COURSE_YML, "ceHours: 0.25", "ceHours: 0.5")
			.edit(COURSE_YML, "    quiz:\n      file: quizzes/leakage.gift\n      passMark: 70\n", "")
			.edit(COURSE_YML, "  finalQuizPassed: true\n", "  finalQuizPassed: false\n")
			.edit(COURSE_YML, "certificate: true", "certificate: false")
			.edit(COURSE_YML, QuizProblemsTest.FINAL_QUIZ, "");

		assertThat(course.problems()).containsExactly(AT_CE_HOURS + "error: The course claims 0.5 CE hours, more "
				+ "than its content supports: 32 words of lessons (0.2 minutes at 150 words a minute) + 0 quiz "
				+ "questions presented (0 minutes at 1 minute each) = 0.2 minutes, less than a quarter hour. A quarter "
				+ "hour of CE credit needs 15 minutes of content: add lessons or quiz questions.");
	}

	@Test
	void the_draw_counts_not_the_bank() {
		course.edit(COURSE_YML, "draw: 5", "draw: 1");

		assertThat(course.problems()).singleElement()
			.satisfies(problem -> assertThat(problem).startsWith(AT_CE_HOURS + "error: ")
				.contains("12 quiz questions presented", "= 12.2 minutes, less than a quarter hour"));
	}

	@Test
	void far_fewer_hours_than_the_content_supports_is_a_warning() {
		course.write(LESSON, course.read(LESSON) + "\nword ".repeat(9_000));

		CourseTree tree = course.load();

		assertThat(course.printed(tree.problems())).containsExactly(AT_CE_HOURS + "warning: The course claims 0.25 "
				+ "CE hours, but its content supports 1.25: 9,032 words of lessons (60.2 minutes at 150 words a minute) "
				+ "+ 16 quiz questions presented (16 minutes at 1 minute each) = 76.2 minutes. Learners would get less "
				+ "credit than the time the course takes; raise the CE hours to between 0.75 and 1.25.");
		assertThat(tree.valid()).hasSize(1);
	}

	@Test
	void stated_skill_minutes_count() {
		course.edit(COURSE_YML, "ceHours: 0.25", "ceHours: 0.5")
			.edit(COURSE_YML, SkillProblemsTest.LAST_LINE, SkillProblemsTest.LAST_LINE + SkillProblemsTest.SKILLS
					+ "    minutes: 15\n");

		CourseTree tree = course.load();

		assertThat(tree.problems()).isEmpty();
		assertThat(tree.valid().getFirst().skills().getFirst().minutes()).isEqualTo(15);
		assertThat(tree.contentHours().values()).containsExactly(new ContentHours(32, 16, 15));
	}

	@Test
	void skill_minutes_must_be_stated_within_four_hours() {
		course.edit(COURSE_YML, SkillProblemsTest.LAST_LINE, SkillProblemsTest.LAST_LINE + SkillProblemsTest.SKILLS
				+ "    minutes: 300\n");

		assertThat(course.problems()).containsExactly(COURSE_YML + ":47:14: error: a skill's minutes must be between "
				+ "1 and 240 (the time the learner spends on the task while the instructor watches), not 300");
	}

	@Test
	void a_course_whose_lessons_cannot_be_read_is_not_counted() {
		course.edit(COURSE_YML, "lessons/leakage-current.md", "lessons/missing.md");

		assertThat(course.problems()).noneMatch(problem -> problem.contains("CE hours"));
		assertThat(course.load().contentHours()).isEmpty();
	}

}
