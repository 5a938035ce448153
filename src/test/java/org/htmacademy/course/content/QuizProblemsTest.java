package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;
import static org.htmacademy.course.content.CourseFixture.FINAL_EXAM;
import static org.htmacademy.course.content.CourseFixture.QUIZ;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizProblemsTest {

	static final String YML = COURSE_YML + ":";

	static final String FINAL_QUIZ = """
			finalQuiz:
			  file: quizzes/final-exam.gift
			  passMark: 80
			  attempts: 3
			  timeLimitMinutes: 20
			  draw: 5
			  review: your-answers
			  grading: highest
			""";

	static final String NEEDS_FINAL_EXAM = "A course that issues a CE certificate needs a final exam that learners "
			+ "must pass to complete it: add a final exam and require passing it, or issue no certificate";

	static final String NOT_NEEDED = "warning: learners need not pass this finalQuiz to complete the course: set "
			+ "completion.finalQuizPassed: true, or remove the finalQuiz";

	@TempDir
	Path directory;

	CourseFixture course;

	@BeforeEach
	void copyTheGuideExample() {
		course = CourseFixture.guide(directory);
	}

	@Test
	void a_quiz_file_that_does_not_exist_or_lies_outside_the_course_is_an_error() {
		course.edit(COURSE_YML, "file: quizzes/leakage.gift", "file: quizzes/leakage-quiz.gift")
			.edit(COURSE_YML, "file: quizzes/final-exam.gift", "file: ../shared/final-exam.gift");

		assertThat(course.problems()).containsExactly(
				YML + "31:13: error: quiz file quizzes/leakage-quiz.gift does not exist",
				YML + "34:9: error: quiz file ../shared/final-exam.gift is outside the course folder");
	}

	@Test
	void gift_problems_are_reported_at_their_line_and_column_in_the_quiz_file() {
		course.write(QUIZ, """
				::Essay::Describe a leakage test. {}

				Which unit is leakage current stated in? {=microamperes #Right ~kiloamperes}
				""");

		assertThat(course.problems()).containsExactly(
				QUIZ + ":1:35: error: essay questions ({}) are not supported",
				QUIZ + ":3:1: warning: the question has no title: add ::Title:: (titles are the question's stable "
						+ "identity for the gradebook)");
	}

	@Test
	void the_same_question_title_twice_in_a_quiz_is_an_error_from_the_parser() {
		course.write(QUIZ, "::Unit::Leakage is stated in? {=microamperes #Right ~kiloamperes}\n\n"
				+ "::Unit::Resistance is stated in? {=ohms ~volts}\n");

		assertThat(course.problems()).containsExactly(QUIZ + ":3:3: error: duplicate title 'Unit' (first used on "
				+ "line 1): titles are the questions' stable identity and must be unique");
	}

	@Test
	void a_quiz_with_no_questions_is_an_error() {
		course.write(QUIZ, "// Questions to come.\n$CATEGORY: leakage\n");

		assertThat(course.problems()).contains(QUIZ + ":1:1: error: the quiz has no questions")
			.anyMatch(problem -> problem.contains("5 quiz questions presented"))
			.hasSize(2);
	}

	@Test
	void a_gift_file_shared_by_two_quizzes_is_reported_once() {
		// Two questions more and no draw, so the course keeps the 15 minutes its quarter CE hour needs.
		course.edit(COURSE_YML, "file: quizzes/leakage.gift", "file: quizzes/final-exam.gift")
			.edit(COURSE_YML, "draw: 5", "draw: 0")
			.write(FINAL_EXAM, course.read(FINAL_EXAM) + "\nWhich unit is resistance stated in? {=ohms #Right ~volts}\n"
					+ "\n::Voltage unit::Which unit is voltage stated in? {=volts #Right ~ohms}\n");

		CourseTree tree = course.load();

		assertThat(course.printed(tree.problems())).containsExactly(FINAL_EXAM + ":32:1: warning: the question has "
				+ "no title: add ::Title:: (titles are the question's stable identity for the gradebook)");
		LoadedCourse loaded = tree.valid().getFirst();
		assertThat(loaded.modules().getFirst().quiz().orElseThrow().questions()).hasSize(8)
			.isEqualTo(loaded.finalQuiz().orElseThrow().questions());
	}

	@Test
	void the_pass_mark_must_be_a_percentage() {
		course.edit(COURSE_YML, "      passMark: 70", "      passMark: -1")
			.edit(COURSE_YML, "  passMark: 80", "  passMark: 120");

		assertThat(course.problems()).containsExactly(YML + "32:17: error: passMark must be between 0 and 100, not -1",
				YML + "35:13: error: passMark must be between 0 and 100, not 120");
	}

	@Test
	void attempts_time_limit_and_draw_must_not_be_negative() {
		course.edit(COURSE_YML, "attempts: 3", "attempts: -1")
			.edit(COURSE_YML, "timeLimitMinutes: 20", "timeLimitMinutes: -20")
			.edit(COURSE_YML, "draw: 5", "draw: -5");

		assertThat(course.problems()).containsExactly(YML + "36:13: error: attempts must be 0 or more, not -1",
				YML + "37:21: error: timeLimitMinutes must be 0 or more, not -20",
				YML + "38:9: error: draw must be 0 or more, not -5");
	}

	@Test
	void a_quiz_cannot_draw_more_questions_than_its_file_has() {
		course.edit(COURSE_YML, "draw: 5", "draw: 7");

		assertThat(course.problems())
			.containsExactly(YML + "38:9: error: draw 7 is more than the 6 questions in quizzes/final-exam.gift");
	}

	@Test
	void a_course_completed_by_passing_the_final_quiz_needs_one() {
		course.edit(COURSE_YML, FINAL_QUIZ, "");

		assertThat(course.problems()).containsExactly(
				YML + "11:10: error: The course claims 0.25 CE hours, more than its content supports: 32 words of "
						+ "lessons (0.2 minutes at 150 words a minute) + 11 quiz questions presented (11 minutes at 1 "
						+ "minute each) = 11.2 minutes, less than a quarter hour. A quarter hour of CE credit needs 15 "
						+ "minutes of content: add lessons or quiz questions.",
				YML + "23:20: error: completion.finalQuizPassed is true but there is no finalQuiz");
	}

	@Test
	void a_final_quiz_that_completion_does_not_require_is_a_warning() {
		course.edit(COURSE_YML, "finalQuizPassed: true", "finalQuizPassed: false")
			.edit(COURSE_YML, "certificate: true", "certificate: false");

		CourseTree tree = course.load();

		assertThat(course.printed(tree.problems())).containsExactly(YML + "33:1: " + NOT_NEEDED);
		assertThat(tree.valid()).hasSize(1);
	}

	@Test
	void a_certificate_needs_a_final_exam_that_learners_must_pass() {
		course.edit(COURSE_YML, "finalQuizPassed: true", "finalQuizPassed: false");

		assertThat(course.problems()).containsExactly(YML + "24:14: error: " + NEEDS_FINAL_EXAM,
				YML + "33:1: " + NOT_NEEDED);
	}

	@Test
	void a_certificate_for_reading_alone_is_refused_too() {
		course.edit(COURSE_YML, "lessonsRead: true", "lessonsRead: false")
			.edit(COURSE_YML, "finalQuizPassed: true", "finalQuizPassed: false");

		assertThat(course.problems()).contains(YML + "24:14: error: " + NEEDS_FINAL_EXAM);
	}

	@Test
	void a_course_without_a_certificate_may_be_completed_by_reading_alone() {
		course.edit(COURSE_YML, "finalQuizPassed: true", "finalQuizPassed: false")
			.edit(COURSE_YML, "certificate: true", "certificate: false")
			.edit(COURSE_YML, FINAL_QUIZ, "");

		assertThat(course.problems()).noneMatch(problem -> problem.contains("final exam"));
	}

}
