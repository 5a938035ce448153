package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Five finished attempts at a quiz whose questions are worth 1 mark each. Question E is in every attempt and everyone
 * gets it right; P and Q are drawn into four attempts each:
 *
 * <pre>
 * attempt   E   P    Q    total
 * 1         1   1    1    3
 * 2         1   1    0    2
 * 3         1   0    -    1
 * 4         1   -    1    2
 * 5         1   0.5  0    1.5
 * </pre>
 *
 * Worked by hand. P over attempts 1, 2, 3, 5: x = 1, 1, 0, 0.5 and the rest of the attempt r = 2, 1, 1, 1. Mean x =
 * 0.625 (the facility), mean r = 1.25; Σ(x−x̄)² = 0.6875, Σ(r−r̄)² = 0.75, Σ(x−x̄)(r−r̄) = 0.375; SD = √(0.6875 / 3) =
 * 0.478714; discrimination = 100 × 0.375 / √(0.6875 × 0.75) = 52.2233. Q over attempts 1, 2, 4, 5: x = 1, 0, 1, 0,
 * r = 2, 2, 1, 1.5; Σ(x−x̄)² = 1, Σ(r−r̄)² = 0.6875, Σ(x−x̄)(r−r̄) = −0.25; SD = √(1/3) = 0.577350; discrimination =
 * 100 × −0.25 / √0.6875 = −30.1511.
 */
class ItemStatisticsTest {

	static final long E = 1;

	static final long P = 2;

	static final long Q = 3;

	static final Map<Long, Moments> MOMENTS = Moments.byQuestion(List.of(
			attempt(slot(E, "1"), slot(P, "1"), slot(Q, "1")),
			attempt(slot(E, "1"), slot(P, "1"), slot(Q, "0")),
			attempt(slot(E, "1"), slot(P, "0")),
			attempt(slot(E, "1"), slot(Q, "1")),
			attempt(slot(E, "1"), slot(P, "0.5"), slot(Q, "0"))));

	@Test
	void a_question_drawn_into_some_attempts_is_measured_over_those_attempts_only() {
		ItemStatistics p = ItemStatistics.of(MOMENTS.get(P));

		assertThat(p.attempts()).isEqualTo(4);
		assertThat(p.facility().getAsDouble()).isCloseTo(0.625, within(1e-12));
		assertThat(p.standardDeviation().getAsDouble()).isCloseTo(0.478714, within(1e-6));
		assertThat(p.discrimination().getAsDouble()).isCloseTo(52.2233, within(1e-4));
	}

	@Test
	void stronger_learners_doing_worse_on_a_question_gives_a_negative_index() {
		ItemStatistics q = ItemStatistics.of(MOMENTS.get(Q));

		assertThat(q.attempts()).isEqualTo(4);
		assertThat(q.facility().getAsDouble()).isCloseTo(0.5, within(1e-12));
		assertThat(q.standardDeviation().getAsDouble()).isCloseTo(0.577350, within(1e-6));
		assertThat(q.discrimination().getAsDouble()).isCloseTo(-30.1511, within(1e-4));
	}

	@Test
	void a_question_everyone_gets_right_has_no_discrimination_index() {
		ItemStatistics e = ItemStatistics.of(MOMENTS.get(E));

		assertThat(e.attempts()).isEqualTo(5);
		assertThat(e.facility().getAsDouble()).isEqualTo(1.0);
		assertThat(e.standardDeviation().getAsDouble()).isZero();
		assertThat(e.discrimination()).isEmpty();
	}

	@Test
	void the_index_does_not_depend_on_the_questions_mark() {
		Map<Long, Moments> doubled = Moments.byQuestion(List.of(
				attempt(new Moments.Slot(P, new BigDecimal(2), BigDecimal.ONE), slot(Q, "1")),
				attempt(new Moments.Slot(P, new BigDecimal(2), BigDecimal.ONE), slot(Q, "0")),
				attempt(new Moments.Slot(P, new BigDecimal(2), BigDecimal.ZERO), slot(Q, "1")),
				attempt(new Moments.Slot(P, new BigDecimal(2), new BigDecimal("0.5")), slot(Q, "0"))));
		Map<Long, Moments> single = Moments.byQuestion(List.of(attempt(slot(P, "1"), slot(Q, "1")),
				attempt(slot(P, "1"), slot(Q, "0")), attempt(slot(P, "0"), slot(Q, "1")),
				attempt(slot(P, "0.5"), slot(Q, "0"))));

		ItemStatistics twoMarks = ItemStatistics.of(doubled.get(P));
		ItemStatistics oneMark = ItemStatistics.of(single.get(P));

		assertThat(twoMarks.facility().getAsDouble()).isCloseTo(oneMark.facility().getAsDouble(), within(1e-12));
		assertThat(twoMarks.standardDeviation().getAsDouble())
			.isCloseTo(oneMark.standardDeviation().getAsDouble(), within(1e-12));
		assertThat(twoMarks.discrimination().getAsDouble()).isCloseTo(oneMark.discrimination().getAsDouble(),
				within(1e-9));
	}

	@Test
	void one_attempt_gives_a_facility_but_no_spread() {
		ItemStatistics one = ItemStatistics.of(Moments.byQuestion(List.of(attempt(slot(P, "0.5"), slot(Q, "1"))))
			.get(P));

		assertThat(one.facility().getAsDouble()).isEqualTo(0.5);
		assertThat(one.standardDeviation()).isEmpty();
		assertThat(one.discrimination()).isEmpty();
		assertThat(ItemStatistics.of(Moments.NONE).facility()).isEmpty();
	}

	@Test
	void questions_are_flagged_by_facility_and_discrimination_once_there_are_enough_attempts() {
		assertThat(ItemFlag.of(ItemStatistics.of(MOMENTS.get(Q)))).containsExactly(ItemFlag.TOO_FEW_ATTEMPTS);

		assertThat(ItemFlag.of(statistics(10, 0.95, 30))).containsExactly(ItemFlag.TOO_EASY);
		assertThat(ItemFlag.of(statistics(10, 0.9, 20))).isEmpty();
		assertThat(ItemFlag.of(statistics(10, 0.2, 20))).isEmpty();
		assertThat(ItemFlag.of(statistics(10, 0.15, 19.9))).containsExactly(ItemFlag.TOO_HARD,
				ItemFlag.WEAK_DISCRIMINATION);
		assertThat(ItemFlag.of(statistics(12, 0.5, -5))).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
		assertThat(ItemFlag.of(new ItemStatistics(10, OptionalDouble.of(1), OptionalDouble.of(0),
				OptionalDouble.empty()))).containsExactly(ItemFlag.TOO_EASY);
	}

	private static ItemStatistics statistics(long attempts, double facility, double discrimination) {
		return new ItemStatistics(attempts, OptionalDouble.of(facility), OptionalDouble.of(0.3),
				OptionalDouble.of(discrimination));
	}

	@SafeVarargs
	private static List<Moments.Slot> attempt(Moments.Slot... slots) {
		return List.of(slots);
	}

	private static Moments.Slot slot(long questionId, String fraction) {
		return new Moments.Slot(questionId, BigDecimal.ONE, new BigDecimal(fraction));
	}

}
