package org.htmacademy.course.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.content.CourseFixture.COURSE_YML;
import static org.htmacademy.course.content.CourseFixture.LESSON;
import static org.htmacademy.course.content.CourseFixture.QUIZ;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.htmacademy.course.gift.ExamCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exam-quality lint as the course validator reports it: warnings that leave the course valid, and summaries. */
class ExamQualityProblemsTest {

	/** Keyed on the longest option by less than the clear margin, so only the quiz's share is reported. */
	static final String LONGEST = "::L%d::Which? {=abcdefghijk #Yes ~abcdefghij #No}\n\n";

	static final String SHORTEST = "::S%d::Which? {=abcdefghi #Yes ~abcdefghij #No}\n\n";

	@TempDir
	Path directory;

	CourseFixture course;

	@BeforeEach
	void copyTheGuideExample() {
		course = CourseFixture.guide(directory);
		// The short quizzes below would leave the guide's quarter CE hour unsupported (docs/ce-hours.md): 1,200
		// words of prose more keep the course valid, so exam quality is all these tests see.
		course.edit(LESSON, "## References", "Test the battery under load. ".repeat(240) + "\n\n## References");
	}

	@Test
	void a_quiz_keyed_on_the_longest_option_too_often_is_a_warning_where_course_yml_names_it() {
		course.write(QUIZ, LONGEST.formatted(1) + LONGEST.formatted(2) + LONGEST.formatted(3) + SHORTEST.formatted(4)
				+ SHORTEST.formatted(5));

		CourseTree tree = course.load();

		assertThat(course.printed(tree.problems())).containsExactly(COURSE_YML + ":31:13: warning: exam quality: "
				+ "3 of 5 single-answer questions keyed on the longest option (60 %) in quizzes/leakage.gift, more "
				+ "than 40 %: a learner who always picks the longest option passes; make the distractors as long and "
				+ "as specific as the keys");
		assertThat(tree.valid()).as("warnings do not stop publishing").hasSize(1);
		CourseExamQuality quality = tree.examQuality().getFirst();
		assertThat(quality.quizzes().getFirst().summary()).isEqualTo("quizzes/leakage.gift: 3 of 5 single-answer "
				+ "questions keyed on the longest option (60 %); 1 exam-quality warning: 1 quiz keyed on the longest "
				+ "option too often");
		assertThat(quality.summary()).isEqualTo("course electrical-safety-basics: 4 of 7 single-answer questions "
				+ "keyed on the longest option (57.1 %), at most 35 % (too high); 1 exam-quality warning: 1 quiz keyed "
				+ "on the longest option too often");
		assertThat(quality.withinCourseLimit()).isFalse();
	}

	@Test
	void two_of_five_keys_the_longest_is_within_the_quiz_limit() {
		course.write(QUIZ, LONGEST.formatted(1) + LONGEST.formatted(2) + SHORTEST.formatted(3) + SHORTEST.formatted(4)
				+ SHORTEST.formatted(5));

		CourseTree tree = course.load();

		assertThat(tree.problems()).isEmpty();
		assertThat(tree.examQuality().getFirst().quizzes().getFirst().keyLongest()).isEqualTo(2);
	}

	@Test
	void question_warnings_are_at_their_answer_in_the_quiz_file_and_counted_by_check() {
		course.write(QUIZ, """
				::Q1::Which conductor? {=The protective earth conductor #Yes ~Live #No ~Neutral #No}

				::Q2::Which? {=Earth #Yes ~earth #No ~None of the above #No}
				""");

		CourseTree tree = course.load();

		assertThat(course.printed(tree.problems())).extracting(line -> line.substring(0, line.indexOf(": exam")))
			.containsExactly(QUIZ + ":1:25: warning", QUIZ + ":3:27: warning", QUIZ + ":3:38: warning");
		assertThat(tree.examQuality().getFirst().warnings()).isEqualTo(Map.of(ExamCheck.KEY_LONGEST, 1,
				ExamCheck.DUPLICATE_OPTIONS, 1, ExamCheck.ALL_OR_NONE_OF_THE_ABOVE, 1));
		assertThat(tree.examQuality().getFirst().warningCount()).isEqualTo(3);
		assertThat(tree.valid()).hasSize(1);
	}

	@Test
	void a_course_at_35_percent_is_within_the_course_limit_and_one_more_key_is_not() {
		assertThat(new CourseExamQuality("c", List.of(new QuizExamQuality("q.gift", 20, 7, Map.of())))
			.withinCourseLimit()).isTrue();
		assertThat(new CourseExamQuality("c", List.of(new QuizExamQuality("q.gift", 20, 8, Map.of())))
			.withinCourseLimit()).isFalse();
	}

}
