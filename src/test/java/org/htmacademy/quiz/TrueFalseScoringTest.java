package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.quiz.Response.TrueFalseResponse;
import org.junit.jupiter.api.Test;

class TrueFalseScoringTest {

	private static final TrueFalse GROUND = Gift.question(
			"A broken earth conductor can go unnoticed. {TRUE#It can: the device keeps working.#Right.####Test it.}",
			TrueFalse.class);

	private static final TrueFalse FALSE_STATEMENT = Gift.question(
			"Leakage is measured in kiloamperes. {F#Wrong: microamperes.#Right: microamperes.}", TrueFalse.class);

	@Test
	void the_right_value_scores_one_with_the_feedback_for_that_value() {
		ScoredResponse scored = QuestionScorer.score(GROUND, new TrueFalseResponse(true));

		assertThat(scored.fraction()).isEqualByComparingTo("1");
		assertThat(scored.outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(scored.feedback()).containsExactly("Right.");
		assertThat(scored.generalFeedback()).isEqualTo("Test it.");
	}

	@Test
	void the_wrong_value_scores_zero_with_the_feedback_for_that_value() {
		ScoredResponse scored = QuestionScorer.score(GROUND, new TrueFalseResponse(false));

		assertThat(scored.fraction()).isEqualByComparingTo("0");
		assertThat(scored.outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(scored.feedback()).containsExactly("It can: the device keeps working.");
	}

	@Test
	void a_false_statement_is_answered_right_with_false() {
		assertThat(QuestionScorer.score(FALSE_STATEMENT, new TrueFalseResponse(false)).feedback())
			.containsExactly("Right: microamperes.");
		assertThat(QuestionScorer.score(FALSE_STATEMENT, new TrueFalseResponse(true)).outcome())
			.isEqualTo(Outcome.INCORRECT);
	}

	@Test
	void no_answer_is_unanswered() {
		ScoredResponse scored = QuestionScorer.score(GROUND, Response.EMPTY);

		assertThat(scored.outcome()).isEqualTo(Outcome.UNANSWERED);
		assertThat(scored.fraction()).isEqualByComparingTo("0");
		assertThat(scored.feedback()).isEmpty();
	}
}
