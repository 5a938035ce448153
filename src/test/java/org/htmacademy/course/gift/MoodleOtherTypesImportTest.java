package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.gift.Gift.only;
import static org.htmacademy.course.gift.Gift.parse;

import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer.Answer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.junit.jupiter.api.Test;

/**
 * Moodle's own import cases from question/format/gift/tests/giftformat_test.php for the other types. Moodle's
 * essay cases become true/false here, since essays are not supported.
 */
class MoodleOtherTypesImportTest {

	@Test
	void test_import_essay_is_reported_as_unsupported() {
		assertThat(parse("\n// essay\n::Q8:: How are you? {}").errors()).extracting(GiftProblem::toString)
				.containsExactly("quiz.gift:3:21: error: essay questions ({}) are not supported");
	}

	@Test
	void test_import_numerical_keeps_the_feedback_for_other_answers() {
		Numerical question = only("\n// math range question\n::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}",
				Numerical.class);

		assertThat(question.title()).isEqualTo("Q5");
		assertThat(question.text()).isEqualTo("What is a number from 1 to 5?");
		assertThat(question.answers()).extracting(a -> a.value().toPlainString(), a -> a.tolerance().toPlainString(),
				a -> a.fraction().toPlainString(), Numerical.Answer::feedback).containsExactly(tuple("3", "2", "1", ""));
		assertThat(question.otherAnswerFeedback()).isEqualTo("Completely wrong");
	}

	@Test
	void test_import_shortanswer_with_general_feedback() {
		GiftParseResult result = parse("""

				// question: 666  name: Shortanswer
				::Shortanswer::Which is the best animal?{
				    =Frog#Good!
				    =%50%Cat#What is it with Moodlers and cats?
				    =%0%*#Completely wrong
				    ####[html]Here is some general feedback!
				}""");

		ShortAnswer question = (ShortAnswer) result.questions().getFirst();
		assertThat(question.answers()).extracting(Answer::text, a -> a.fraction().toPlainString(), Answer::feedback)
				.containsExactly(
						tuple("Frog", "1", "Good!"),
						tuple("Cat", "0.5", "What is it with Moodlers and cats?"),
						tuple("*", "0", "Completely wrong"));
		assertThat(question.generalFeedback()).isEqualTo("Here is some general feedback!");
		assertThat(result.warnings()).extracting(GiftProblem::toString).containsExactly("quiz.gift:7:9: warning: "
				+ "the [html] tag is ignored: answers and feedback use the question's format (moodle)");
	}

	@Test
	void test_import_truefalse_with_both_feedbacks() {
		TrueFalse question = only("\n// true/false\n::Q1:: 42 is the Absolute Answer to everything.{\n"
				+ "FALSE#42 is the Ultimate Answer.#You gave the right answer.}", TrueFalse.class);

		assertThat(question.title()).isEqualTo("Q1");
		assertThat(question.text()).isEqualTo("42 is the Absolute Answer to everything.");
		assertThat(question.correctAnswer()).isFalse();
		assertThat(question.feedbackForTrue()).isEqualTo("42 is the Ultimate Answer.");
		assertThat(question.feedbackForFalse()).isEqualTo("You gave the right answer.");
	}

	@Test
	void test_import_truefalse_true_answers() {
		assertThat(only("// name 0-11\n::2-08 TSL::TSL is blablabla.{T}", TrueFalse.class))
				.extracting(TrueFalse::title, TrueFalse::text, TrueFalse::correctAnswer)
				.containsExactly("2-08 TSL", "TSL is blablabla.", true);
		assertThat(only("// name 0-11\n::2-08 TSL::TSL is blablabla.{TRUE}", TrueFalse.class).correctAnswer())
				.isTrue();
	}

	@Test
	void test_import_backslash_keeps_escaped_backslashes() {
		TrueFalse question = only("\n// essay\n::double backslash:: A \\\\ B \\\\\\\\ C{T}", TrueFalse.class);

		assertThat(question.text()).isEqualTo("A \\ B \\\\ C");
	}

	@Test
	void test_import_pre_content_restores_escaped_braces() {
		// A file import trims every line (qformat_default::readquestions), so the indentation goes.
		TrueFalse question = only("""

				::Q001::[html]<p>What would running the test method print?</p>
				<pre>
				    public void test() \\{
				        method1();
				    \\}
				</pre>
				{T}""", TrueFalse.class);

		assertThat(question.textFormat()).isEqualTo(TextFormat.HTML);
		assertThat(question.text()).isEqualTo("<p>What would running the test method print?</p>\n<pre>\n"
				+ "public void test() {\nmethod1();\n}\n</pre>");
	}

	@Test
	void test_import_question_with_tags_ignores_tags_and_idnumbers_in_comments() {
		TrueFalse question = only("""

				// This question is to test importing tags: [tag:tag] [tag:other-tag].
				// And an idnumber: [id:myid].
				::Question name:: How are you? {T}""", TrueFalse.class);

		assertThat(question.title()).isEqualTo("Question name");
		assertThat(question.text()).isEqualTo("How are you?");
		assertThat(question.line()).isEqualTo(4);
	}
}
