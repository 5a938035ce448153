package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class QuizScoreTest {

	private static ScoredResponse scored(String fraction, Outcome outcome) {
		return new ScoredResponse(new BigDecimal(fraction), outcome, List.of(), "");
	}

	private static List<BigDecimal> marks(String... marks) {
		return List.of(marks).stream().map(BigDecimal::new).toList();
	}

	@Test
	void the_percentage_weighs_each_question_by_its_mark() {
		List<ScoredResponse> responses = List.of(scored("1", Outcome.CORRECT), scored("0.5", Outcome.PARTIALLY_CORRECT),
				scored("0", Outcome.INCORRECT));

		assertThat(QuizScore.percent(responses, marks("2", "1", "1"))).isEqualByComparingTo("62.5");
	}

	@Test
	void unanswered_questions_count_as_zero() {
		List<ScoredResponse> responses = List.of(scored("1", Outcome.CORRECT), ScoredResponse.unanswered(""));

		assertThat(QuizScore.percent(responses, marks("1", "1"))).isEqualByComparingTo("50");
	}

	@Test
	void thirds_are_kept_to_five_decimals() {
		List<ScoredResponse> responses = List.of(scored("1", Outcome.CORRECT), scored("0", Outcome.INCORRECT),
				scored("0", Outcome.INCORRECT));

		assertThat(QuizScore.percent(responses, marks("1", "1", "1"))).isEqualTo(new BigDecimal("33.33333"));
	}

	@Test
	void every_question_needs_a_mark_and_the_marks_must_add_up_to_something() {
		List<ScoredResponse> one = List.of(scored("1", Outcome.CORRECT));

		assertThatIllegalArgumentException().isThrownBy(() -> QuizScore.percent(one, marks("1", "1")));
		assertThatIllegalArgumentException().isThrownBy(() -> QuizScore.percent(one, marks("0")));
		assertThatIllegalArgumentException().isThrownBy(() -> QuizScore.percent(one, marks("-1")));
	}
}
