package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.gift.Gift.decimal;
import static org.htmacademy.course.gift.Gift.only;
import static org.htmacademy.course.gift.Gift.problems;

import java.math.BigDecimal;

import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;
import org.junit.jupiter.api.Test;

class MultipleChoiceTest {

	@Test
	void an_equals_sign_marks_the_one_right_answer() {
		MultipleChoice question = only("""
				::Leak::Why limit leakage current? {
					=It can harm the patient. #Right.
					~To save power. #No.
					~Breakers trip. #No: they need amperes.
				}""", MultipleChoice.class);

		assertThat(question.multipleAnswers()).isFalse();
		assertThat(question.missingWord()).isFalse();
		assertThat(question.text()).isEqualTo("Why limit leakage current?");
		assertThat(question.choices()).extracting(Choice::text, Choice::fraction, Choice::feedback).containsExactly(
				tuple("It can harm the patient.", decimal("1"), "Right."),
				tuple("To save power.", decimal("0"), "No."),
				tuple("Breakers trip.", decimal("0"), "No: they need amperes."));
	}

	@Test
	void choices_can_share_one_line() {
		MultipleChoice question = only("::Q::Grant is buried in {~Lincoln's tomb =Grant's tomb ~no tomb}.",
				MultipleChoice.class);

		assertThat(question.choices()).extracting(Choice::text)
				.containsExactly("Lincoln's tomb", "Grant's tomb", "no tomb");
	}

	@Test
	void a_weighted_wrong_choice_gives_partial_credit_in_a_single_answer_question() {
		MultipleChoice question = only("::Q::Which matters most? {=The value ~%50%The tester #Useful. ~The weather}",
				MultipleChoice.class);

		assertThat(question.multipleAnswers()).isFalse();
		assertThat(question.choices().get(1).fraction()).isEqualByComparingTo("0.5");
		assertThat(question.choices().get(1).text()).isEqualTo("The tester");
		assertThat(question.choices().get(1).feedback()).isEqualTo("Useful.");
	}

	@Test
	void without_an_equals_sign_the_question_takes_multiple_answers() {
		MultipleChoice question = only("""
				::Applied parts::Which are applied parts? {
					~%50%ECG electrodes
					~%50%A pulse-oximeter probe
					~%-100%The mains power cord
				}""", MultipleChoice.class);

		assertThat(question.multipleAnswers()).isTrue();
		assertThat(question.choices()).extracting(Choice::fraction)
				.usingElementComparator(BigDecimal::compareTo)
				.containsExactly(decimal("0.5"), decimal("0.5"), decimal("-1"));
	}

	@Test
	void decimal_weights_are_stored_as_the_fraction_moodle_keeps() {
		MultipleChoice question = only("""
				::Thirds::Pick the three right ones. {
					~%33.33333%a
					~%33.3333%b
					~%33.33333%c
					~%-33.33333%d
				}""", MultipleChoice.class);

		assertThat(question.choices()).extracting(choice -> choice.fraction().toPlainString())
				.containsExactly("0.3333333", "0.3333333", "0.3333333", "-0.3333333");
	}

	@Test
	void a_weight_of_100_on_one_choice_with_negative_others_is_a_valid_multiple_answer_question() {
		MultipleChoice question = only("::colours::Between orange and green? {~%100%yellow ~%-50%red ~%-50%blue}",
				MultipleChoice.class);

		assertThat(question.multipleAnswers()).isTrue();
		assertThat(question.choices()).extracting(choice -> choice.fraction().toPlainString())
				.containsExactly("1", "-0.5", "-0.5");
	}

	@Test
	void answers_inside_the_sentence_make_a_missing_word_question() {
		MultipleChoice question = only("::Earth::The protective earth should have a {=low ~high} resistance.",
				MultipleChoice.class);

		assertThat(question.missingWord()).isTrue();
		assertThat(question.text()).isEqualTo("The protective earth should have a _____ resistance.");
	}

	@Test
	void a_missing_word_can_open_the_sentence() {
		MultipleChoice question = only("::First::{=Ohm's ~Kirchhoff's} law relates voltage, current and resistance.",
				MultipleChoice.class);

		assertThat(question.text()).isEqualTo("_____ law relates voltage, current and resistance.");
		assertThat(question.missingWord()).isTrue();
	}

	@Test
	void escaped_special_characters_stay_literal_in_choices_and_feedback() {
		MultipleChoice question = only("""
				::Ports::Which is right? {
					=port 104 \\= DICOM #Yes\\: 104 \\# is the well-known port \\{DICOM\\}.
					~10.1.20.5\\:104 \\~ maybe
				}""", MultipleChoice.class);

		assertThat(question.choices().get(0).text()).isEqualTo("port 104 = DICOM");
		assertThat(question.choices().get(0).feedback()).isEqualTo("Yes: 104 # is the well-known port {DICOM}.");
		assertThat(question.choices().get(1).text()).isEqualTo("10.1.20.5:104 ~ maybe");
	}

	@Test
	void a_format_tag_on_a_choice_is_stripped_with_a_warning() {
		assertThat(problems("::Q::Which? {=[html]<b>yes</b> ~[moodle]no}"))
				.containsExactly("quiz.gift:1:15: warning: the [html] tag is ignored: answers and feedback use "
						+ "the question's format (moodle)");
		MultipleChoice question = only("::Q::Which? {=[html]<b>yes</b> ~[moodle]no}", MultipleChoice.class);
		assertThat(question.choices()).extracting(Choice::text).containsExactly("<b>yes</b>", "no");
	}

	@Test
	void an_unescaped_equals_sign_inside_feedback_starts_a_right_answer_with_a_warning() {
		GiftParseResult result = Gift.parse("::Q::Which? {=yes ~no #because 1=2}");

		assertThat(((MultipleChoice) result.questions().getFirst()).choices()).extracting(Choice::text)
				.containsExactly("yes", "no", "2");
		assertThat(result.problems()).extracting(GiftProblem::toString).containsExactly("quiz.gift:1:33: warning: "
				+ "'=' right after text starts a new answer: put a space before it, or write \\= if it belongs to the text");
	}
}
