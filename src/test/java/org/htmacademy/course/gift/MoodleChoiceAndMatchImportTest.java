package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.gift.Gift.parse;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.Matching.Pair;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;
import org.junit.jupiter.api.Test;

/**
 * Moodle's own import cases from question/format/gift/tests/giftformat_test.php, for multiple choice and matching.
 * Where Moodle keeps a format per answer, HTM Academy keeps the question's format and warns.
 */
class MoodleChoiceAndMatchImportTest {

	@Test
	void test_import_match_reads_pairs_formats_and_a_distractor() {
		GiftParseResult result = parse("""

				// question: 2  name: Moodle activities
				::Moodle activities::[html]Match the <b>activity</b> to the description.{
				    =[html]An activity supporting asynchronous discussions. -> Forum
				    =[moodle]A teacher asks a question and specifies a choice of multiple responses. -> Choice
				    =[plain]A bank of record entries which participants can add to. -> Database
				    =[markdown]A collection of web pages that anyone can add to or edit. -> Wiki
				    = -> Chat
				}""");

		Matching question = (Matching) result.questions().getFirst();
		assertThat(question.title()).isEqualTo("Moodle activities");
		assertThat(question.text()).isEqualTo("Match the <b>activity</b> to the description.");
		assertThat(question.textFormat()).isEqualTo(TextFormat.HTML);
		assertThat(question.generalFeedback()).isEmpty();
		assertThat(question.pairs()).extracting(Pair::question, Pair::answer).containsExactly(
				tuple("An activity supporting asynchronous discussions.", "Forum"),
				tuple("A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
				tuple("A bank of record entries which participants can add to.", "Database"),
				tuple("A collection of web pages that anyone can add to or edit.", "Wiki"));
		assertThat(question.distractors()).containsExactly("Chat");
		assertThat(result.problems()).extracting(GiftProblem::line).containsExactly(5, 6, 7);
		assertThat(result.problems()).allMatch(problem -> !problem.isError());
	}

	@Test
	void test_import_multichoice_reads_one_right_answer_and_feedback() {
		GiftParseResult result = parse("""

				// multiple choice with specified feedback for right and wrong answers
				::Q2:: What's between orange and green in the spectrum?
				{
				    =yellow # right; good!
				    ~red # [html]wrong, it's yellow
				    ~[plain]blue # wrong, it's yellow
				}""");

		MultipleChoice question = (MultipleChoice) result.questions().getFirst();
		assertThat(question.title()).isEqualTo("Q2");
		assertThat(question.text()).isEqualTo("What's between orange and green in the spectrum?");
		assertThat(question.textFormat()).isEqualTo(TextFormat.MOODLE);
		assertThat(question.multipleAnswers()).isFalse();
		assertThat(question.choices()).extracting(Choice::text, c -> c.fraction().toPlainString(), Choice::feedback)
				.containsExactly(
						tuple("yellow", "1", "right; good!"),
						tuple("red", "0", "wrong, it's yellow"),
						tuple("blue", "0", "wrong, it's yellow"));
		assertThat(result.warnings()).extracting(GiftProblem::line).containsExactly(6, 7);
	}

	@Test
	void test_import_multichoice_multi_reads_weights() {
		GiftParseResult result = parse("""

				// multiple choice, multiple response with specified feedback for right and wrong answers
				::colours:: What's between orange and green in the spectrum?
				{
				    ~%50%yellow # right; good!
				    ~%-100%red # [html]wrong
				    ~%50%off-beige # right; good!
				    ~%-100%[plain]blue # wrong
				}""");

		MultipleChoice question = (MultipleChoice) result.questions().getFirst();
		assertThat(question.multipleAnswers()).isTrue();
		assertThat(question.choices()).extracting(Choice::text, c -> c.fraction().toPlainString(), Choice::feedback)
				.containsExactly(
						tuple("yellow", "0.5", "right; good!"),
						tuple("red", "-1", "wrong"),
						tuple("off-beige", "0.5", "right; good!"),
						tuple("blue", "-1", "wrong"));
	}

	@Test
	void test_import_multichoice_multi_tricky_allows_one_full_weight() {
		GiftParseResult result = parse("""

				// multiple choice, multiple response with specified feedback for right and wrong answers
				::colours:: What's between orange and green in the spectrum?
				{
				    ~%100%yellow # right; good!
				    ~%-50%red # wrong
				    ~%-50%blue # wrong
				}""");

		assertThat(result.problems()).isEmpty();
		MultipleChoice question = (MultipleChoice) result.questions().getFirst();
		assertThat(question.multipleAnswers()).isTrue();
		assertThat(question.choices()).extracting(Choice::text, c -> c.fraction().toPlainString(), Choice::feedback)
				.containsExactly(
						tuple("yellow", "1", "right; good!"),
						tuple("red", "-0.5", "wrong"),
						tuple("blue", "-0.5", "wrong"));
	}

	@Test
	void the_class_comment_examples_read_as_documented() {
		GiftParseResult result = parse("""
				::Tomb::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

				::Entombed::Grant is {~buried =entombed ~living} in Grant's tomb.

				::Capitals::Match the following countries with their corresponding
				capitals.{=Canada->Ottawa =Italy->Rome =Japan->Tokyo}
				""");

		assertThat(result.problems()).isEmpty();
		assertThat(result.questions()).extracting(GiftQuestion::text).containsExactly(
				"Who's buried in Grant's tomb?",
				"Grant is _____ in Grant's tomb.",
				"Match the following countries with their corresponding\ncapitals.");
	}
}
