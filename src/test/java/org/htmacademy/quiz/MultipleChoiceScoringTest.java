package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;
import org.htmacademy.course.gift.TextFormat;
import org.htmacademy.quiz.Response.ChoiceResponse;
import org.htmacademy.quiz.Response.TextResponse;
import org.junit.jupiter.api.Test;

class MultipleChoiceScoringTest {

	private static final MultipleChoice RECORD = Gift.question("""
			::Record::Which item is most important to record? {
				=The measured value and its limit #Right.
				~%50%The name of the tester #Useful, but the result matters most.
				~%-50%The weather #Irrelevant.
				~The date
				####Records must show the result.
			}""", MultipleChoice.class);

	private static final MultipleChoice APPLIED_PARTS = Gift.question("""
			::Applied parts::Which of these are applied parts? {
				~%50%ECG electrodes #Yes.
				~%50%A pulse-oximeter probe #Yes.
				~%-100%The mains power cord #No: it is not applied to the patient.
			}""", MultipleChoice.class);

	@Test
	void the_right_choice_earns_full_credit_with_its_feedback_and_the_general_feedback() {
		ScoredResponse scored = QuestionScorer.score(RECORD, ChoiceResponse.of(0));

		assertThat(scored.fraction()).isEqualByComparingTo("1");
		assertThat(scored.fraction().scale()).isEqualTo(7);
		assertThat(scored.outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(scored.feedback()).containsExactly("Right.");
		assertThat(scored.generalFeedback()).isEqualTo("Records must show the result.");
	}

	@Test
	void a_weighted_choice_earns_partial_credit() {
		ScoredResponse scored = QuestionScorer.score(RECORD, ChoiceResponse.of(1));

		assertThat(scored.fraction()).isEqualByComparingTo("0.5");
		assertThat(scored.outcome()).isEqualTo(Outcome.PARTIALLY_CORRECT);
		assertThat(scored.feedback()).containsExactly("Useful, but the result matters most.");
	}

	@Test
	void a_negative_choice_on_a_single_answer_question_scores_zero_not_below() {
		ScoredResponse scored = QuestionScorer.score(RECORD, ChoiceResponse.of(2));

		assertThat(scored.fraction()).isEqualByComparingTo("0");
		assertThat(scored.outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(scored.feedback()).containsExactly("Irrelevant.");
	}

	@Test
	void a_wrong_choice_without_feedback_gives_no_feedback() {
		ScoredResponse scored = QuestionScorer.score(RECORD, ChoiceResponse.of(3));

		assertThat(scored.outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(scored.feedback()).isEmpty();
	}

	@Test
	void no_choice_is_unanswered_but_still_shows_the_general_feedback() {
		assertThat(QuestionScorer.score(RECORD, ChoiceResponse.of())).isEqualTo(
				new ScoredResponse(BigDecimal.ZERO, Outcome.UNANSWERED, List.of(),
						"Records must show the result."));
		assertThat(QuestionScorer.score(RECORD, Response.EMPTY).outcome()).isEqualTo(Outcome.UNANSWERED);
	}

	@Test
	void a_single_answer_question_refuses_two_choices() {
		assertThatIllegalArgumentException().isThrownBy(() -> QuestionScorer.score(RECORD, ChoiceResponse.of(0, 1)));
	}

	@Test
	void a_choice_that_does_not_exist_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> QuestionScorer.score(RECORD, ChoiceResponse.of(4)));
	}

	@Test
	void a_response_of_another_kind_is_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> QuestionScorer.score(RECORD, new TextResponse("The date")))
			.withMessageContaining("ChoiceResponse");
	}

	@Test
	void multiple_answers_add_up_their_fractions() {
		ScoredResponse both = QuestionScorer.score(APPLIED_PARTS, ChoiceResponse.of(1, 0));
		ScoredResponse one = QuestionScorer.score(APPLIED_PARTS, ChoiceResponse.of(1));

		assertThat(both.fraction()).isEqualByComparingTo("1");
		assertThat(both.outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(both.feedback()).containsExactly("Yes.", "Yes.");
		assertThat(one.fraction()).isEqualByComparingTo("0.5");
		assertThat(one.outcome()).isEqualTo(Outcome.PARTIALLY_CORRECT);
	}

	@Test
	void multiple_answers_never_score_below_zero() {
		ScoredResponse scored = QuestionScorer.score(APPLIED_PARTS, ChoiceResponse.of(0, 2));

		assertThat(scored.fraction()).isEqualByComparingTo("0");
		assertThat(scored.outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(scored.feedback()).containsExactly("Yes.", "No: it is not applied to the patient.");
	}

	@Test
	void ticking_everything_is_penalised_by_the_wrong_choices() {
		ScoredResponse scored = QuestionScorer.score(APPLIED_PARTS, ChoiceResponse.of(0, 1, 2));

		assertThat(scored.fraction()).isEqualByComparingTo("0");
	}

	@Test
	void a_choice_ticked_twice_counts_once() {
		assertThat(QuestionScorer.score(APPLIED_PARTS, ChoiceResponse.of(0, 0)).fraction()).isEqualByComparingTo("0.5");
	}

	@Test
	void multiple_answers_above_full_credit_are_capped_at_one() {
		// The GIFT parser refuses such weights; a question built another way may still have them.
		MultipleChoice generous = new MultipleChoice(null, null, "Q?", TextFormat.MOODLE, "", 1,
				List.of(new Choice("A", BigDecimal.ONE, ""), new Choice("B", new BigDecimal("0.5"), "")), true, false);

		assertThat(QuestionScorer.score(generous, ChoiceResponse.of(0, 1)).fraction()).isEqualByComparingTo("1");
	}

	@Test
	void three_thirds_are_only_partially_correct_as_in_moodle() {
		MultipleChoice thirds = Gift.question("Q? {~%33.33333%A ~%33.33333%B ~%33.33333%C ~%-100%D}",
				MultipleChoice.class);

		ScoredResponse scored = QuestionScorer.score(thirds, ChoiceResponse.of(0, 1, 2));

		assertThat(scored.fraction()).isEqualByComparingTo("0.9999999");
		assertThat(scored.outcome()).isEqualTo(Outcome.PARTIALLY_CORRECT);
	}

	@Test
	void a_missing_word_question_scores_as_multiple_choice() {
		MultipleChoice missingWord = Gift.question(
				"The protective earth conductor should have a {=low #Yes. ~high #No.} resistance.",
				MultipleChoice.class);

		assertThat(missingWord.missingWord()).isTrue();
		assertThat(QuestionScorer.score(missingWord, ChoiceResponse.of(0)).outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(QuestionScorer.score(missingWord, ChoiceResponse.of(1)).feedback()).containsExactly("No.");
	}
}
