package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.course.gift.Gift.parse;
import static org.htmacademy.course.gift.Gift.problems;

import org.junit.jupiter.api.Test;

/** Problems with answers and weights, each reported at the offending token. */
class AnswerProblemsTest {

	private static final String GRADES = "(100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, "
			+ "20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, their negatives, or 0)";

	@Test
	void a_weight_that_is_not_a_percentage_is_malformed() {
		assertThat(problems("::A::Q?{T}\n\n::B::Which? {\n\t=yes\n\t~%half%no\n}")).containsExactly(
				"quiz.gift:5:3: error: malformed weight '%half%': write a percentage such as %50% or %-25%");
	}

	@Test
	void a_weight_moodle_does_not_offer_is_rejected() {
		assertThat(problems("::B::Which? {\n=yes\n~%45%no\n~%33.33%maybe\n}")).containsExactly(
				"quiz.gift:3:2: error: weight %45% is not a grade Moodle allows " + GRADES,
				"quiz.gift:4:2: error: weight %33.33% is not a grade Moodle allows " + GRADES);
	}

	@Test
	void a_weight_left_open_is_reported() {
		assertThat(problems("::B::Which? {=yes ~%50 no}")).containsExactly(
				"quiz.gift:1:20: error: weight is not closed with '%': write a percentage such as %50% or %-25%");
	}

	@Test
	void an_equals_sign_with_a_weight_is_reported() {
		assertThat(problems("::B::Which? {\n=%50%half\n~%50%other\n}")).containsExactly(
				"quiz.gift:2:1: error: '=' always means 100%: write a weighted choice as ~%50%...");
	}

	@Test
	void multiple_choice_without_a_correct_answer_is_reported() {
		assertThat(problems("\n::B::Which? {~a ~b ~%-50%c}")).containsExactly("quiz.gift:2:13: error: no correct "
				+ "answer: mark the right choice with '=', or give the right choices positive weights that add up to 100%");
	}

	@Test
	void multiple_answer_weights_must_add_up_to_100() {
		assertThat(problems("::B::Which? {\n~%50%a\n~%25%b\n~%-100%c\n}")).containsExactly("quiz.gift:1:13: error: "
				+ "the weights of the right choices add up to 75%, not 100% (a question with several right answers has no '=')");
	}

	@Test
	void multiple_choice_needs_two_choices() {
		assertThat(problems("::B::Which? {~only}"))
				.containsExactly("quiz.gift:1:13: error: multiple choice needs at least 2 choices");
	}

	@Test
	void an_empty_choice_is_reported() {
		assertThat(problems("::B::Which? {=a\n~ #why\n~c}"))
				.containsExactly("quiz.gift:2:1: error: empty choice: every choice needs a text");
	}

	@Test
	void a_short_answer_without_an_answer_is_reported() {
		assertThat(problems("::S::Name it. {= #no answer}")).containsExactly(
				"quiz.gift:1:15: error: short answer has no answer: write each accepted answer as =answer");
	}

	@Test
	void a_short_answer_with_an_empty_answer_among_others_is_reported() {
		assertThat(problems("::S::Name it. {=ohm\n=\n}")).containsExactly("quiz.gift:2:1: error: empty answer");
	}

	@Test
	void a_short_answer_needs_one_answer_worth_100() {
		assertThat(problems("::S::Name it. {=%50%ohm =%50%ohms}"))
				.containsExactly("quiz.gift:1:15: error: no answer is worth 100%");
	}

	@Test
	void a_negative_tolerance_is_reported() {
		assertThat(problems("::N::How many?\n{#\n=5:1\n=%50%4:-1\n}"))
				.containsExactly("quiz.gift:4:1: error: tolerance -1 is negative");
	}

	@Test
	void a_range_with_its_minimum_above_its_maximum_is_reported() {
		assertThat(problems("::N::Frequency? {#60..50}"))
				.containsExactly("quiz.gift:1:19: error: range minimum 60 is greater than its maximum 50");
	}

	@Test
	void a_numerical_answer_that_is_not_a_number_is_reported() {
		assertThat(problems("::N::Frequency?\n{#\n=fifty:5\n=50:1x\n}")).containsExactly(
				"quiz.gift:3:1: error: 'fifty' is not a number", "quiz.gift:4:1: error: '1x' is not a number");
	}

	@Test
	void a_numerical_question_without_an_answer_is_reported() {
		assertThat(problems("::N::Frequency? {# ####Fifty.}")).containsExactly("quiz.gift:1:17: error: numerical "
				+ "question has no answer: write {#value}, {#value:tolerance} or {#min..max}");
	}

	@Test
	void a_numerical_question_needs_one_answer_worth_100() {
		assertThat(problems("::N::Frequency? {#=%50%50}"))
				.containsExactly("quiz.gift:1:17: error: no answer is worth 100%");
	}

	@Test
	void a_star_answer_with_credit_is_reported() {
		assertThat(problems("::N::Frequency? {#=50 =%50%*}")).containsExactly(
				"quiz.gift:1:23: error: '*' (any other answer) cannot earn credit: write ~#feedback instead");
	}

	@Test
	void matching_with_fewer_pairs_than_moodle_requires_is_reported() {
		assertThat(problems("::M::Match.\n{=a -> 1 =b -> 2}")).containsExactly("quiz.gift:2:1: error: matching needs "
				+ "at least 2 questions and 3 answers (Moodle's minimum); this one has 2 and 2");
		assertThat(problems("::M::Match.{=a -> 1 = -> 2 = -> 3}")).containsExactly("quiz.gift:1:12: error: "
				+ "matching needs at least 2 questions and 3 answers (Moodle's minimum); this one has 1 and 3");
	}

	@Test
	void a_matching_pair_without_an_arrow_is_reported() {
		assertThat(problems("::M::Match.{\n=a -> 1\n=b -> 2\n=c 3\n}"))
				.containsExactly("quiz.gift:4:1: error: a matching pair is written =question -> answer");
	}

	@Test
	void a_matching_question_without_an_answer_is_reported() {
		assertThat(problems("::M::Match.{\n=a -> 1\n=b -> 2\n=c ->\n}"))
				.containsExactly("quiz.gift:4:1: error: 'c' has no answer");
	}

	@Test
	void a_question_with_an_error_is_left_out() {
		GiftParseResult result = parse("::B::Which? {~a ~b}\n\n::C::Fine? {T}");

		assertThat(result.hasErrors()).isTrue();
		assertThat(result.questions()).extracting(GiftQuestion::title).containsExactly("C");
	}
}
