package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.quiz.Response.TextResponse;
import org.junit.jupiter.api.Test;

class ShortAnswerScoringTest {

	private static final ShortAnswer UNIT = Gift.question("""
			::Unit::Leakage current is usually stated in which unit? {
				=microamperes #Right.
				=%50%micro* #Which micro-unit?
				=%25%*amp* #Close.
				####Microamperes, µA.
			}""", ShortAnswer.class);

	private static ScoredResponse score(ShortAnswer question, String typed) {
		return QuestionScorer.score(question, new TextResponse(typed));
	}

	@Test
	void the_answer_as_written_is_right_with_its_feedback() {
		ScoredResponse scored = score(UNIT, "microamperes");

		assertThat(scored.fraction()).isEqualByComparingTo("1");
		assertThat(scored.outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(scored.feedback()).containsExactly("Right.");
		assertThat(scored.generalFeedback()).isEqualTo("Microamperes, µA.");
	}

	@Test
	void case_and_surrounding_white_space_are_ignored() {
		assertThat(score(UNIT, "  MicroAmperes\t\n").outcome()).isEqualTo(Outcome.CORRECT);
	}

	@Test
	void inner_white_space_counts() {
		assertThat(score(UNIT, "micro amperes").fraction()).isEqualByComparingTo("0.5");
	}

	@Test
	void the_first_matching_answer_wins_even_when_a_later_one_would_also_match() {
		ScoredResponse scored = score(UNIT, "microamps");

		assertThat(scored.fraction()).isEqualByComparingTo("0.5");
		assertThat(scored.outcome()).isEqualTo(Outcome.PARTIALLY_CORRECT);
		assertThat(scored.feedback()).containsExactly("Which micro-unit?");
	}

	@Test
	void a_wildcard_matches_anything_in_the_middle_or_nothing() {
		assertThat(score(UNIT, "milliamps").fraction()).isEqualByComparingTo("0.25");
		assertThat(score(UNIT, "amp").fraction()).isEqualByComparingTo("0.25");
	}

	@Test
	void an_answer_that_matches_nothing_scores_zero_without_feedback() {
		ScoredResponse scored = score(UNIT, "volts");

		assertThat(scored.outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(scored.feedback()).isEmpty();
		assertThat(scored.generalFeedback()).isEqualTo("Microamperes, µA.");
	}

	@Test
	void without_a_wildcard_the_whole_answer_must_match() {
		ShortAnswer exact = Gift.question("Unit of resistance? {=ohm}", ShortAnswer.class);

		assertThat(score(exact, "ohms").outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(score(exact, "kiloohm").outcome()).isEqualTo(Outcome.INCORRECT);
	}

	@Test
	void regular_expression_characters_in_an_answer_are_literal() {
		ShortAnswer formula = Gift.question("Ohm's law for current? {=I \\= V/R (ohm's law)}", ShortAnswer.class);

		assertThat(score(formula, "i = v/r (ohm's law)").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(formula, "I = VxR (ohm's law)").outcome()).isEqualTo(Outcome.INCORRECT);
	}

	@Test
	void an_escaped_asterisk_is_a_literal_asterisk() {
		ShortAnswer star = Gift.question("Multiplication sign in code? {=a\\*b}", ShortAnswer.class);

		assertThat(score(star, "a*b").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(star, "axb").outcome()).isEqualTo(Outcome.INCORRECT);
	}

	@Test
	void letters_outside_ascii_are_compared_without_case_and_after_normalisation() {
		ShortAnswer greek = Gift.question("Symbol for ohm? {=Ω}", ShortAnswer.class);
		ShortAnswer accent = Gift.question("Unit named after Ampère? {=ampère}", ShortAnswer.class);

		assertThat(score(greek, "ω").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(accent, "AMPE\u0300RE").outcome()).isEqualTo(Outcome.CORRECT);
	}

	@Test
	void an_empty_or_blank_answer_is_unanswered_but_zero_is_an_answer() {
		ShortAnswer zero = Gift.question("Volts across a closed switch? {=0}", ShortAnswer.class);

		assertThat(score(UNIT, "   ").outcome()).isEqualTo(Outcome.UNANSWERED);
		assertThat(score(UNIT, "").outcome()).isEqualTo(Outcome.UNANSWERED);
		assertThat(score(zero, "0").outcome()).isEqualTo(Outcome.CORRECT);
	}
}
