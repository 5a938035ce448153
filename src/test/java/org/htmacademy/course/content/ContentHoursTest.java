package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.course.gift.GiftParser;
import org.htmacademy.course.gift.GiftQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for the CE hours a course's content supports (docs/ce-hours.md). */
class ContentHoursTest {

	@ParameterizedTest(name = "{0} words, {1} questions, {2} skill minutes support {3} h")
	@CsvSource(textBlock = """
			    0,  0,   0, 0
			   60,  0,   0, 0
			 2249,  0,   0, 0
			 2250,  0,   0, 0.25
			    0, 15,   0, 0.25
			    0,  0,  15, 0.25
			 1500,  4,   0, 0
			 1500,  5,   0, 0.25
			 9000,  0,   0, 1
			 5600, 44,   0, 1.25
			12050, 62,  60, 3.25
			""")
	void reading_at_150_words_a_minute_one_minute_a_question_and_stated_skill_minutes_round_down_to_a_quarter_hour(
			int words, int questions, int skillMinutes, String hours) {
		assertThat(new ContentHours(words, questions, skillMinutes).supportedHours())
			.isEqualByComparingTo(new BigDecimal(hours));
	}

	@Test
	void the_parts_are_shown_in_minutes_never_rounded_up() {
		ContentHours hours = new ContentHours(5_600, 44, 30);

		assertThat(hours.readingMinutes()).isEqualByComparingTo("37.3");
		assertThat(hours.questionMinutes()).isEqualTo(44);
		assertThat(hours.totalMinutes()).isEqualByComparingTo("111.3");
		assertThat(hours.explanation()).isEqualTo("5,600 words of lessons (37.3 minutes at 150 words a minute) + "
				+ "44 quiz questions presented (44 minutes at 1 minute each) + 30 minutes of hands-on skills = "
				+ "111.3 minutes");
	}

	@Test
	void the_floor_is_three_quarters_of_the_content_time_rounded_down() {
		assertThat(new ContentHours(9_000, 0, 0).floorHours()).isEqualByComparingTo("0.75");
		assertThat(new ContentHours(0, 120, 0).floorHours()).isEqualByComparingTo("1.5");
		assertThat(new ContentHours(0, 15, 0).floorHours()).isEqualByComparingTo("0");
	}

	@Test
	void a_quiz_presents_its_draw_not_its_bank() {
		List<GiftQuestion> bank = questions(40);

		assertThat(ContentHours.presented(quiz(bank, 20))).isEqualTo(20);
		assertThat(ContentHours.presented(quiz(bank, 0))).as("no draw: every question").isEqualTo(40);
		assertThat(ContentHours.presented(quiz(questions(3), 5))).as("a draw above the bank").isEqualTo(3);
	}

	@Test
	void a_loaded_course_counts_every_lesson_module_quiz_final_exam_and_skill() {
		LessonSource lesson = new LessonSource("a", "lessons/a.md", "A", "# A", 3_000);
		CourseModule one = new CourseModule("one", "One", List.of(lesson, lesson), Optional.of(quiz(questions(8), 0)));
		CourseModule two = new CourseModule("two", "Two", List.of(lesson), Optional.empty());
		LoadedCourse course = new LoadedCourse("c", "C", "1.0.0", Track.NETWORKING, Level.INTRODUCTORY, "S",
				List.of("Explain"), BigDecimal.ONE, List.of(), List.of(), List.of(), List.of("R"),
				new LoadedCourse.Completion(true, true), true, List.of(one, two), Optional.of(quiz(questions(30), 20)),
				List.of(new PracticalSkill("s", "S", List.of("x"), 25), new PracticalSkill("t", "T", List.of("y"))),
				Map.of(), Path.of("c"), "hash");

		assertThat(ContentHours.of(course)).isEqualTo(new ContentHours(9_000, 28, 25));
	}

	@Test
	void negative_content_is_a_programming_error() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ContentHours(-1, 0, 0));
	}

	private static QuizDefinition quiz(List<GiftQuestion> questions, int draw) {
		QuizSettings defaults = QuizSettings.DEFAULTS;
		return new QuizDefinition("quizzes/q.gift", new QuizSettings(defaults.passMark(), defaults.attempts(),
				defaults.timeLimitMinutes(), true, true, draw, defaults.review(), defaults.grading()), questions);
	}

	private static List<GiftQuestion> questions(int count) {
		StringBuilder gift = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			gift.append("::Q").append(i).append("::Question ").append(i).append("? {T}\n\n");
		}
		return new GiftParser().parse(gift.toString(), "q.gift").questions();
	}

}
