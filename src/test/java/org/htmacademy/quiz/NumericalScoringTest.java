package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.quiz.Response.NumberResponse;
import org.junit.jupiter.api.Test;

class NumericalScoringTest {

	private static final Numerical PI = Gift.question("""
			::Partial::What is pi to two decimal places? {#
				=3.14:0.005 #Exactly.
				=%50%3.1:0.05 #Close, one decimal only.
				~#Not pi.
				####Pi is 3.14159...
			}""", Numerical.class);

	private static final Numerical MAINS = Gift.question("Give a mains frequency in hertz. {#50..60}", Numerical.class);

	private static ScoredResponse score(Numerical question, String typed) {
		return QuestionScorer.score(question, new NumberResponse(typed));
	}

	@Test
	void a_value_within_tolerance_earns_its_answer_with_its_feedback() {
		ScoredResponse scored = score(PI, "3.14");

		assertThat(scored.fraction()).isEqualByComparingTo("1");
		assertThat(scored.outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(scored.feedback()).containsExactly("Exactly.");
		assertThat(scored.generalFeedback()).isEqualTo("Pi is 3.14159...");
	}

	@Test
	void exactly_at_value_plus_or_minus_tolerance_passes() {
		assertThat(score(PI, "3.135").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(PI, "3.145").outcome()).isEqualTo(Outcome.CORRECT);
	}

	@Test
	void one_ulp_beyond_the_tolerance_does_not_pass_the_answer() {
		String aboveInDouble = Double.toString(Math.nextUp(3.145));
		String belowInDouble = Double.toString(Math.nextDown(3.135));
		BigDecimal edge = new BigDecimal("3.145").setScale(20);

		assertThat(score(PI, aboveInDouble).fraction()).isEqualByComparingTo("0.5");
		assertThat(score(PI, belowInDouble).fraction()).isEqualByComparingTo("0.5");
		assertThat(score(PI, edge.add(edge.ulp()).toPlainString()).fraction()).isEqualByComparingTo("0.5");
	}

	@Test
	void the_first_answer_that_holds_the_value_wins() {
		ScoredResponse inBoth = score(PI, "3.141");
		ScoredResponse inSecondOnly = score(PI, "3.12");

		assertThat(inBoth.fraction()).isEqualByComparingTo("1");
		assertThat(inSecondOnly.fraction()).isEqualByComparingTo("0.5");
		assertThat(inSecondOnly.outcome()).isEqualTo(Outcome.PARTIALLY_CORRECT);
		assertThat(inSecondOnly.feedback()).containsExactly("Close, one decimal only.");
	}

	@Test
	void a_value_outside_every_answer_scores_zero_with_the_feedback_for_other_answers() {
		ScoredResponse scored = score(PI, "2.72");

		assertThat(scored.fraction()).isEqualByComparingTo("0");
		assertThat(scored.outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(scored.feedback()).containsExactly("Not pi.");
	}

	@Test
	void a_range_includes_both_ends_and_nothing_beyond() {
		assertThat(score(MAINS, "50").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(MAINS, "60").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(MAINS, "55.5").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(MAINS, "49.9999999").outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(score(MAINS, "60.0000001").outcome()).isEqualTo(Outcome.INCORRECT);
	}

	@Test
	void a_value_without_tolerance_must_be_exact_however_it_is_written() {
		Numerical limit = Gift.question("0.5 mA in microamperes? {#500}", Numerical.class);

		assertThat(score(limit, "500").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(limit, "500.000").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(limit, "5e2").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(limit, "500.001").outcome()).isEqualTo(Outcome.INCORRECT);
	}

	@Test
	void a_decimal_comma_is_read_as_moodle_reads_it() {
		assertThat(score(PI, "3,14").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(PI, " 3,14 ").outcome()).isEqualTo(Outcome.CORRECT);
	}

	@Test
	void negative_values_are_scored() {
		Numerical cold = Gift.question("Where do Celsius and Fahrenheit meet? {#-40:0.5}", Numerical.class);

		assertThat(score(cold, "-40").outcome()).isEqualTo(Outcome.CORRECT);
		assertThat(score(cold, "40").outcome()).isEqualTo(Outcome.INCORRECT);
	}

	@Test
	void text_that_is_not_a_number_is_incorrect_with_the_reason() {
		ScoredResponse scored = score(PI, "pi");

		assertThat(scored.outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(scored.fraction()).isEqualByComparingTo("0");
		assertThat(scored.feedback()).containsExactly("'pi' is not a number", "Not pi.");
	}

	@Test
	void a_number_with_a_unit_is_incorrect_with_the_reason() {
		Numerical limit = Gift.question("0.5 mA in microamperes? {#500}", Numerical.class);

		ScoredResponse scored = score(limit, "500 mA");

		assertThat(scored.outcome()).isEqualTo(Outcome.INCORRECT);
		assertThat(scored.feedback()).singleElement().asString().contains("'500 mA' is not a number", "unit");
	}

	@Test
	void a_blank_answer_is_unanswered_but_zero_is_an_answer() {
		Numerical zero = Gift.question("Leakage through an open circuit, in µA? {#0}", Numerical.class);

		assertThat(score(PI, "").outcome()).isEqualTo(Outcome.UNANSWERED);
		assertThat(score(PI, "  ").outcome()).isEqualTo(Outcome.UNANSWERED);
		assertThat(score(PI, "").feedback()).isEmpty();
		assertThat(score(zero, "0").outcome()).isEqualTo(Outcome.CORRECT);
	}
}
