package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.gift.Gift.only;

import java.math.BigDecimal;

import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.Numerical.Answer;
import org.junit.jupiter.api.Test;

class NumericalTest {

	private static String plain(BigDecimal value) {
		return value.toPlainString();
	}

	@Test
	void value_and_tolerance() {
		Numerical question = only("::Grant::When was Ulysses S. Grant born?{#1822:5}", Numerical.class);

		assertThat(question.answers()).extracting(a -> plain(a.value()), a -> plain(a.tolerance()),
				a -> plain(a.fraction())).containsExactly(tuple("1822", "5", "1"));
		assertThat(question.otherAnswerFeedback()).isEmpty();
	}

	@Test
	void a_value_alone_has_no_tolerance() {
		Numerical question = only("::Limit::What is 0.5 mA in microamperes? {#500}", Numerical.class);

		assertThat(question.answers().getFirst().value()).isEqualByComparingTo("500");
		assertThat(question.answers().getFirst().tolerance()).isEqualByComparingTo("0");
	}

	@Test
	void a_range_becomes_its_midpoint_with_half_its_width_as_tolerance() {
		Numerical question = only("::Range::Give a mains frequency in hertz. {#50..60}", Numerical.class);

		assertThat(question.answers().getFirst().value()).isEqualByComparingTo("55");
		assertThat(question.answers().getFirst().tolerance()).isEqualByComparingTo("5");
	}

	@Test
	void a_decimal_range_keeps_exact_decimals() {
		Numerical question = only("::Q::A value between 0.1 and 0.2? {#0.1..0.2}", Numerical.class);

		assertThat(plain(question.answers().getFirst().value())).isEqualTo("0.15");
		assertThat(plain(question.answers().getFirst().tolerance())).isEqualTo("0.05");
	}

	@Test
	void several_answers_give_partial_credit_and_feedback() {
		Numerical question = only("""
				::Partial::What is pi to two decimal places? {#
					=3.14:0.005 #Exactly.
					=%50%3.1:0.05 #Close, one decimal only.
				}""", Numerical.class);

		assertThat(question.answers()).extracting(a -> plain(a.value()), a -> plain(a.tolerance()),
				a -> plain(a.fraction()), Answer::feedback).containsExactly(
						tuple("3.14", "0.005", "1", "Exactly."),
						tuple("3.1", "0.05", "0.5", "Close, one decimal only."));
	}

	@Test
	void tilde_hash_gives_feedback_for_any_other_answer() {
		Numerical question = only("::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}", Numerical.class);

		assertThat(question.answers()).extracting(a -> plain(a.value()), a -> plain(a.tolerance()))
				.containsExactly(tuple("3", "2"));
		assertThat(question.otherAnswerFeedback()).isEqualTo("Completely wrong");
	}

	@Test
	void a_zero_weighted_star_answer_is_the_feedback_for_any_other_answer() {
		Numerical question = only("::Q::Pick 4. {#=4 =%0%*#Not four}", Numerical.class);

		assertThat(question.answers()).hasSize(1);
		assertThat(question.otherAnswerFeedback()).isEqualTo("Not four");
	}

	@Test
	void signs_and_exponents_are_numbers() {
		Numerical question = only("::Q::Charge of an electron in coulombs? {#-1.602e-19:0.001e-19}", Numerical.class);

		assertThat(question.answers().getFirst().value()).isEqualByComparingTo("-1.602E-19");
		assertThat(question.answers().getFirst().tolerance()).isEqualByComparingTo("1E-22");
	}

	@Test
	void a_negative_range_is_fine() {
		Numerical question = only("::Q::A temperature from -10 to 10 degrees? {#-10..10}", Numerical.class);

		assertThat(question.answers().getFirst().value()).isEqualByComparingTo("0");
		assertThat(question.answers().getFirst().tolerance()).isEqualByComparingTo("10");
	}
}
