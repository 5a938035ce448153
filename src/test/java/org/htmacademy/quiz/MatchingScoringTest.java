package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.quiz.Response.MatchingResponse;
import org.junit.jupiter.api.Test;

class MatchingScoringTest {

	private static final Matching UNITS = Gift.question("""
			::Match units::Match each quantity with its unit. {
				=Current -> ampere
				=Resistance -> ohm
				=Voltage -> volt
				= -> watt
				####Amperes, ohms, volts.
			}""", Matching.class);

	private static ScoredResponse score(Map<Integer, String> answers) {
		return QuestionScorer.score(UNITS, new MatchingResponse(answers));
	}

	@Test
	void all_pairs_matched_is_correct_with_the_general_feedback_and_no_other() {
		ScoredResponse scored = score(Map.of(0, "ampere", 1, "ohm", 2, "volt"));

		assertThat(scored.fraction()).isEqualByComparingTo("1");
		assertThat(scored.outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(scored.feedback()).isEmpty();
		assertThat(scored.generalFeedback()).isEqualTo("Amperes, ohms, volts.");
	}

	@Test
	void each_pair_matched_right_earns_its_share() {
		ScoredResponse two = score(Map.of(0, "ampere", 1, "ohm", 2, "watt"));
		ScoredResponse one = score(Map.of(0, "ampere", 1, "volt", 2, "ohm"));

		assertThat(two.fraction()).isEqualByComparingTo("0.6666667");
		assertThat(two.outcome()).isEqualTo(Outcome.PARTIALLY_CORRECT);
		assertThat(one.fraction()).isEqualByComparingTo("0.3333333");
	}

	@Test
	void a_pair_left_unanswered_earns_nothing_but_the_others_still_count() {
		assertThat(score(Map.of(1, "ohm")).fraction()).isEqualByComparingTo("0.3333333");
	}

	@Test
	void the_distractor_is_never_right() {
		ScoredResponse scored = score(Map.of(0, "watt", 1, "watt", 2, "watt"));

		assertThat(scored.fraction()).isEqualByComparingTo("0");
		assertThat(scored.outcome()).isEqualTo(Outcome.INCORRECT);
	}

	@Test
	void pairs_sharing_an_answer_both_accept_it() {
		Matching shared = Gift.question("""
				Match each with its unit. {
					=Leakage current -> ampere
					=Supply current -> ampere
					=Supply voltage -> volt
				}""", Matching.class);

		ScoredResponse scored = QuestionScorer.score(shared,
				new MatchingResponse(Map.of(0, "ampere", 1, "ampere", 2, "volt")));

		assertThat(scored.outcome()).isEqualTo(Outcome.CORRECT);
	}

	@Test
	void no_pair_answered_is_unanswered() {
		assertThat(score(Map.of()).outcome()).isEqualTo(Outcome.UNANSWERED);
		assertThat(score(Map.of(0, "")).outcome()).isEqualTo(Outcome.UNANSWERED);
		assertThat(QuestionScorer.score(UNITS, Response.EMPTY).outcome()).isEqualTo(Outcome.UNANSWERED);
	}

	@Test
	void a_pair_that_does_not_exist_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> score(Map.of(3, "watt")));
	}
}
