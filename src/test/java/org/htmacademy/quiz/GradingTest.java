package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.quiz.AttemptScore.finished;
import static org.htmacademy.quiz.AttemptScore.inProgress;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.course.content.GradingMethod;
import org.junit.jupiter.api.Test;

class GradingTest {

	// Listed out of order on purpose: attempts count by their number, not by list position.
	private static final List<AttemptScore> ATTEMPTS = List.of(finished(2, new BigDecimal("90")),
			finished(1, new BigDecimal("60")), finished(3, new BigDecimal("70")), inProgress(4));

	@Test
	void highest_takes_the_best_finished_attempt() {
		assertThat(Grading.grade(GradingMethod.HIGHEST, ATTEMPTS)).hasValueSatisfying(
				grade -> assertThat(grade).isEqualByComparingTo("90"));
	}

	@Test
	void first_takes_the_first_attempt() {
		assertThat(Grading.grade(GradingMethod.FIRST, ATTEMPTS)).hasValueSatisfying(
				grade -> assertThat(grade).isEqualByComparingTo("60"));
	}

	@Test
	void last_takes_the_last_finished_attempt_not_the_one_in_progress() {
		assertThat(Grading.grade(GradingMethod.LAST, ATTEMPTS)).hasValueSatisfying(
				grade -> assertThat(grade).isEqualByComparingTo("70"));
	}

	@Test
	void average_is_the_mean_of_the_finished_attempts() {
		assertThat(Grading.grade(GradingMethod.AVERAGE, ATTEMPTS)).hasValueSatisfying(
				grade -> assertThat(grade).isEqualByComparingTo("73.33333"));
	}

	@Test
	void an_attempt_in_progress_never_counts_even_if_it_is_the_only_one() {
		for (GradingMethod method : GradingMethod.values()) {
			assertThat(Grading.grade(method, List.of(inProgress(1)))).isEmpty();
			assertThat(Grading.grade(method, List.of())).isEmpty();
		}
	}

	@Test
	void a_single_finished_attempt_is_the_grade_by_every_method() {
		for (GradingMethod method : GradingMethod.values()) {
			assertThat(Grading.grade(method, List.of(finished(1, new BigDecimal("55.5"))))).hasValueSatisfying(
					grade -> assertThat(grade).isEqualByComparingTo("55.5"));
		}
	}
}
