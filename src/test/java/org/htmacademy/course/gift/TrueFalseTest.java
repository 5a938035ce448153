package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.gift.Gift.only;
import static org.htmacademy.course.gift.Gift.parse;
import static org.htmacademy.course.gift.Gift.problems;

import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrueFalseTest {

	@ParameterizedTest
	@CsvSource({ "T, true", "TRUE, true", "F, false", "FALSE, false" })
	void the_four_keywords_give_the_right_answer(String keyword, boolean correct) {
		TrueFalse question = only("::Q::Leakage is measured in microamperes.{" + keyword + "}", TrueFalse.class);

		assertThat(question.correctAnswer()).isEqualTo(correct);
		assertThat(question.text()).isEqualTo("Leakage is measured in microamperes.");
		assertThat(question.feedbackForTrue()).isEmpty();
		assertThat(question.feedbackForFalse()).isEmpty();
	}

	@Test
	void true_false_first_feedback_is_for_a_wrong_answer() {
		TrueFalse question = only("::Ground::A broken earth can go unnoticed. {TRUE#It can.#Right: so we test it.}",
				TrueFalse.class);

		assertThat(question.correctAnswer()).isTrue();
		assertThat(question.feedbackForFalse()).isEqualTo("It can.");
		assertThat(question.feedbackForTrue()).isEqualTo("Right: so we test it.");
	}

	@Test
	void when_false_is_right_the_first_feedback_goes_to_true() {
		TrueFalse question = only("::Q1:: 42 is the Absolute Answer to everything.{\n"
				+ "FALSE#42 is the Ultimate Answer.#You gave the right answer.}", TrueFalse.class);

		assertThat(question.correctAnswer()).isFalse();
		assertThat(question.feedbackForTrue()).isEqualTo("42 is the Ultimate Answer.");
		assertThat(question.feedbackForFalse()).isEqualTo("You gave the right answer.");
	}

	@Test
	void a_single_feedback_is_for_a_wrong_answer() {
		TrueFalse question = only("::Q::Mains is 60 Hz everywhere. {F #Europe uses 50 Hz.}", TrueFalse.class);

		assertThat(question.feedbackForTrue()).isEqualTo("Europe uses 50 Hz.");
		assertThat(question.feedbackForFalse()).isEmpty();
	}

	@Test
	void general_feedback_follows_the_answer_feedbacks() {
		TrueFalse question = only("::Q::The answer is true.{TRUE#This is the wrong answer.#This is the right answer."
				+ "####You should have selected true.}", TrueFalse.class);

		assertThat(question.feedbackForFalse()).isEqualTo("This is the wrong answer.");
		assertThat(question.feedbackForTrue()).isEqualTo("This is the right answer.");
		assertThat(question.generalFeedback()).isEqualTo("You should have selected true.");
	}

	@Test
	void lowercase_true_is_a_short_answer_as_in_moodle_with_a_warning() {
		GiftParseResult result = parse("::Q::Earth is round.{true}");

		assertThat(result.questions().getFirst()).isInstanceOf(ShortAnswer.class);
		assertThat(problems("::Q::Earth is round.{true}")).containsExactly(
				"quiz.gift:1:22: warning: read as a short answer: true/false needs T, TRUE, F or FALSE in capitals");
	}
}
