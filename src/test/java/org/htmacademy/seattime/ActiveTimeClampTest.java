package org.htmacademy.seattime;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActiveTimeClampTest {

	static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");

	static final Instant LONG_AGO = Instant.EPOCH;

	@Test
	void an_honest_claim_is_credited_in_full() {
		assertThat(ActiveTimeClamp.credit(55, NOW.minusSeconds(60), 0, LONG_AGO, NOW)).isEqualTo(55);
	}

	@Test
	void a_page_is_never_credited_more_than_the_time_since_it_opened() {
		assertThat(ActiveTimeClamp.credit(3 * 3600, NOW.minusSeconds(60), 0, LONG_AGO, NOW)).isEqualTo(60);
		assertThat(ActiveTimeClamp.credit(60, NOW.minusSeconds(60), 50, LONG_AGO, NOW)).isEqualTo(10);
	}

	@Test
	void a_page_is_credited_no_more_than_the_time_since_the_learner_was_last_credited_on_any_page() {
		assertThat(ActiveTimeClamp.credit(60, NOW.minusSeconds(60), 0, NOW.minusSeconds(5), NOW)).isEqualTo(5);
	}

	@Test
	void a_second_lost_to_delay_between_two_batches_is_made_up_by_the_next() {
		Instant opened = NOW.minusSeconds(60);
		// the first batch of 2 s arrives 1.98 s after the page opened: 1 s fits
		assertThat(ActiveTimeClamp.credit(2, opened, 0, LONG_AGO, opened.plusMillis(1980))).isEqualTo(1);
		// the next arrives at 4.05 s: the page has 3 s left, which covers both
		assertThat(ActiveTimeClamp.credit(3, opened, 1, opened.minusSeconds(10).plusSeconds(1),
				opened.plusMillis(4050))).isEqualTo(3);
	}

	@Test
	void the_learner_clock_moves_by_what_was_credited_and_lags_now_by_at_most_the_slack() {
		assertThat(ActiveTimeClamp.learnerClockAfter(NOW.minusSeconds(30), 25, NOW)).isEqualTo(NOW.minusSeconds(5));
		assertThat(ActiveTimeClamp.learnerClockAfter(LONG_AGO, 60, NOW)).isEqualTo(NOW.minus(ActiveTimeClamp.SLACK));
	}

	@Test
	void a_negative_claim_or_a_clock_that_went_back_credits_nothing() {
		assertThat(ActiveTimeClamp.credit(-30, NOW.minusSeconds(60), 0, LONG_AGO, NOW)).isZero();
		assertThat(ActiveTimeClamp.credit(30, NOW.plusSeconds(60), 0, LONG_AGO, NOW)).isZero();
		assertThat(ActiveTimeClamp.credit(30, NOW.minusSeconds(60), 0, NOW.plusSeconds(1), NOW)).isZero();
	}

	@Test
	void parts_of_a_second_are_not_credited() {
		assertThat(ActiveTimeClamp.credit(10, NOW.minusMillis(9_999), 0, LONG_AGO, NOW)).isEqualTo(9);
	}

}
