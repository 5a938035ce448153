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

	static final Map<Long, ItemStatistics> STATISTICS = analyse(List.of(
			attempt(slot(E, "1"), slot(P, "1"), slot(Q, "1")),
			attempt(slot(E, "1"), slot(P, "1"), slot(Q, "0")),
			attempt(slot(E, "1"), slot(P, "0")),
			attempt(slot(E, "1"), slot(Q, "1")),
			attempt(slot(E, "1"), slot(P, "0.5"), slot(Q, "0"))));

	@Test
	void a_question_drawn_into_some_attempts_is_measured_over_those_attempts_only() {
		ItemStatistics p = STATISTICS.get(P);

		assertThat(p.attempts()).isEqualTo(4);
		assertThat(p.facility().getAsDouble()).isCloseTo(0.625, within(1e-12));
		assertThat(p.standardDeviation().getAsDouble()).isCloseTo(0.478714, within(1e-6));
		assertThat(p.discrimination().getAsDouble()).isCloseTo(52.2233, within(1e-4));
	}

	@Test
	void stronger_learners_doing_worse_on_a_question_gives_a_negative_index() {
		ItemStatistics q = STATISTICS.get(Q);

		assertThat(q.attempts()).isEqualTo(4);
		assertThat(q.facility().getAsDouble()).isCloseTo(0.5, within(1e-12));
		assertThat(q.standardDeviation().getAsDouble()).isCloseTo(0.577350, within(1e-6));
		assertThat(q.discrimination().getAsDouble()).isCloseTo(-30.1511, within(1e-4));
	}

	@Test
	void a_question_everyone_gets_right_has_no_discrimination_index() {
		ItemStatistics e = STATISTICS.get(E);

		assertThat(e.attempts()).isEqualTo(5);
		assertThat(e.facility().getAsDouble()).isEqualTo(1.0);
		assertThat(e.standardDeviation().getAsDouble()).isZero();
		assertThat(e.discrimination()).isEmpty();
	}

	@Test
	void a_rest_of_attempt_that_never_varies_leaves_the_index_undefined_even_in_thirds() {
		// in binary floating point 0.6666666 − 0.3333333 and 1.0 − 0.6666667 differ; in exact units they do not
		Map<Long, ItemStatistics> thirds = analyse(List.of(attempt(slot(P, "0.3333333"), slot(Q, "0.3333333")),
				attempt(slot(P, "0.6666667"), slot(Q, "0.3333333")), attempt(slot(P, "0"), slot(Q, "0.3333333"))));

		assertThat(thirds.get(P).standardDeviation().getAsDouble()).isPositive();
		assertThat(thirds.get(P).discrimination()).isEmpty();
		assertThat(thirds.get(Q).standardDeviation().getAsDouble()).isZero();
		assertThat(thirds.get(Q).discrimination()).isEmpty();
		assertThat(thirds.get(Q).facility().getAsDouble()).isCloseTo(0.3333333, within(1e-12));
	}

	@Test
	void the_index_does_not_depend_on_the_questions_mark() {
		Map<Long, ItemStatistics> doubled = analyse(List.of(
				attempt(new Slot(P, new BigDecimal(2), BigDecimal.ONE), slot(Q, "1")),
				attempt(new Slot(P, new BigDecimal(2), BigDecimal.ONE), slot(Q, "0")),
				attempt(new Slot(P, new BigDecimal(2), BigDecimal.ZERO), slot(Q, "1")),
				attempt(new Slot(P, new BigDecimal(2), new BigDecimal("0.5")), slot(Q, "0"))));
		Map<Long, ItemStatistics> single = analyse(List.of(attempt(slot(P, "1"), slot(Q, "1")),
				attempt(slot(P, "1"), slot(Q, "0")), attempt(slot(P, "0"), slot(Q, "1")),
				attempt(slot(P, "0.5"), slot(Q, "0"))));

		ItemStatistics twoMarks = doubled.get(P);
		ItemStatistics oneMark = single.get(P);

		assertThat(twoMarks.facility().getAsDouble()).isCloseTo(oneMark.facility().getAsDouble(), within(1e-12));
		assertThat(twoMarks.standardDeviation().getAsDouble())
			.isCloseTo(oneMark.standardDeviation().getAsDouble(), within(1e-12));
		assertThat(twoMarks.discrimination().getAsDouble()).isCloseTo(oneMark.discrimination().getAsDouble(),
				within(1e-9));
	}

	@Test
	void one_attempt_gives_a_facility_but_no_spread() {
		ItemStatistics one = analyse(List.of(attempt(slot(P, "0.5"), slot(Q, "1")))).get(P);

		assertThat(one.facility().getAsDouble()).isEqualTo(0.5);
		assertThat(one.standardDeviation()).isEmpty();
		assertThat(one.discrimination()).isEmpty();
		assertThat(ItemStatistics.NONE.facility()).isEmpty();
	}

	@Test
	void questions_are_flagged_by_facility_and_discrimination_once_there_are_enough_attempts() {
		assertThat(ItemFlag.of(STATISTICS.get(Q))).containsExactly(ItemFlag.TOO_FEW_ATTEMPTS);

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

	record Slot(long questionId, BigDecimal mark, BigDecimal fraction) {
	}

	/** Each attempt's slots, given to ItemScores interleaved with the other attempts', as a query may return them. */
	static Map<Long, ItemStatistics> analyse(List<List<Slot>> attempts) {
		ItemScores scores = new ItemScores();
		int longest = attempts.stream().mapToInt(List::size).max().orElse(0);
		for (int i = 0; i < longest; i++) {
			for (int a = attempts.size() - 1; a >= 0; a--) {
				if (i < attempts.get(a).size()) {
					Slot slot = attempts.get(a).get(i);
					scores.add(1000 + a, slot.questionId(), slot.mark(), slot.fraction());
				}
			}
		}
		return scores.statistics();
	}

	private static List<Slot> attempt(Slot... slots) {
		return List.of(slots);
	}

	private static Slot slot(long questionId, String fraction) {
		return new Slot(questionId, BigDecimal.ONE, new BigDecimal(fraction));
	}

}
