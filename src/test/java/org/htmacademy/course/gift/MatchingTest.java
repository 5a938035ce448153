package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.gift.Gift.only;
import static org.htmacademy.course.gift.Gift.problems;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.Matching.Pair;
import org.junit.jupiter.api.Test;

class MatchingTest {

	@Test
	void pairs_are_question_arrow_answer() {
		Matching question = only("""
				::Match units::Match each quantity with its unit. {
					=Current -> ampere
					=Resistance -> ohm
					=Voltage->volt
				}""", Matching.class);

		assertThat(question.pairs()).extracting(Pair::question, Pair::answer).containsExactly(
				tuple("Current", "ampere"), tuple("Resistance", "ohm"), tuple("Voltage", "volt"));
		assertThat(question.distractors()).isEmpty();
	}

	@Test
	void a_pair_without_a_question_is_a_distractor() {
		Matching question = only("::Q::Match the capitals.{=Canada -> Ottawa =Italy -> Rome = -> Madrid}",
				Matching.class);

		assertThat(question.pairs()).hasSize(2);
		assertThat(question.distractors()).containsExactly("Madrid");
	}

	@Test
	void escaped_arrows_and_equals_stay_in_the_text() {
		Matching question = only("::Q::Match.{=a \\= b -> 1 \\: 2 =c -> d =e -> f}", Matching.class);

		assertThat(question.pairs().getFirst()).isEqualTo(new Pair("a = b", "1 : 2"));
	}

	@Test
	void a_hash_in_a_pair_is_kept_as_text_with_a_warning() {
		Matching question = only("::Q::Match.{=a -> 1 #x =c -> d =e -> f}", Matching.class);

		assertThat(question.pairs().getFirst()).isEqualTo(new Pair("a", "1 #x"));
		assertThat(problems("::Q::Match.{=a -> 1 #x =c -> d =e -> f}")).containsExactly("quiz.gift:1:14: warning: "
				+ "'#' is kept as text: matching pairs have no feedback (escape it as \\# if you mean it)");
	}

	@Test
	void two_questions_and_a_distractor_meet_moodles_minimum() {
		Matching question = only("::Q::Match.{=a -> 1 =b -> 2 = -> 3}", Matching.class);

		assertThat(question.pairs()).hasSize(2);
		assertThat(question.distractors()).containsExactly("3");
	}
}
