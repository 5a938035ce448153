package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompleterTimeTest {

	static final BigDecimal TWO_HOURS = new BigDecimal("2.00");

	/** 80 % of two hours. */
	static final int FLOOR_SECONDS = 5760;

	@Test
	void median_and_quartiles_interpolate_between_the_sorted_times() {
		CompleterTime time = CompleterTime.of(1, "1.0.0", TWO_HOURS, List.of(40, 10, 30, 20));
		assertThat(time.median()).contains(25);
		assertThat(time.lowerQuartile()).contains(18);
		assertThat(time.upperQuartile()).contains(33);
		assertThat(time.completers()).isEqualTo(4);
	}

	@Test
	void one_completer_is_their_own_median_and_none_has_no_figures() {
		CompleterTime one = CompleterTime.of(1, "1.0.0", TWO_HOURS, List.of(4000));
		assertThat(one.median()).contains(4000);
		assertThat(one.lowerQuartile()).contains(4000);
		CompleterTime none = CompleterTime.of(1, "1.0.0", TWO_HOURS, List.of());
		assertThat(none.median()).isEmpty();
		assertThat(none.warning()).isFalse();
	}

	@Test
	void twenty_completers_with_a_median_under_80_percent_of_the_claim_warn() {
		CompleterTime time = CompleterTime.of(1, "1.0.0", TWO_HOURS, times(20, FLOOR_SECONDS - 1));
		assertThat(time.median()).contains(FLOOR_SECONDS - 1);
		assertThat(time.warning()).isTrue();
	}

	@Test
	void a_median_of_exactly_80_percent_does_not_warn() {
		assertThat(CompleterTime.of(1, "1.0.0", TWO_HOURS, times(20, FLOOR_SECONDS)).warning()).isFalse();
	}

	@Test
	void fewer_than_twenty_completers_never_warn_however_quick_they_were() {
		CompleterTime time = CompleterTime.of(1, "1.0.0", TWO_HOURS, times(19, 60));
		assertThat(time.median()).contains(60);
		assertThat(time.warning()).isFalse();
	}

	@Test
	void the_median_not_the_mean_decides_so_a_few_long_sessions_do_not_hide_the_quick_majority() {
		List<Integer> seconds = new java.util.ArrayList<>(times(11, 600));
		seconds.addAll(times(9, 40 * 3600));
		Collections.shuffle(seconds);
		CompleterTime time = CompleterTime.of(1, "1.0.0", TWO_HOURS, seconds);
		assertThat(time.median()).contains(600);
		assertThat(time.warning()).isTrue();
	}

	private static List<Integer> times(int n, int seconds) {
		return IntStream.range(0, n).mapToObj(i -> seconds).toList();
	}

}
