package org.htmacademy.seattime;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActiveTimeClampTest {

	static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");

	static final Instant LONG_AGO = Instant.EPOCH;

	@Test
	void an_honest_claim_is_credited_in_full() {
		assertThat(ActiveTimeClamp.credit(55, NOW.minusSeconds(60), LONG_AGO, NOW)).isEqualTo(55);
	}

	@Test
	void a_page_is_credited_no_more_than_the_time_since_it_last_reported() {
		assertThat(ActiveTimeClamp.credit(3 * 3600, NOW.minusSeconds(60), LONG_AGO, NOW)).isEqualTo(60);
	}

	@Test
	void a_page_is_credited_no_more_than_the_time_since_any_page_of_the_learner_was_credited() {
		assertThat(ActiveTimeClamp.credit(60, NOW.minusSeconds(60), NOW.minusSeconds(5), NOW)).isEqualTo(5);
	}

	@Test
	void a_negative_claim_or_a_clock_that_went_back_credits_nothing() {
		assertThat(ActiveTimeClamp.credit(-30, NOW.minusSeconds(60), LONG_AGO, NOW)).isZero();
		assertThat(ActiveTimeClamp.credit(30, NOW.plusSeconds(60), LONG_AGO, NOW)).isZero();
		assertThat(ActiveTimeClamp.credit(30, NOW.minusSeconds(60), NOW.plusSeconds(1), NOW)).isZero();
	}

	@Test
	void parts_of_a_second_are_not_credited() {
		assertThat(ActiveTimeClamp.credit(10, NOW.minusMillis(9_999), LONG_AGO, NOW)).isEqualTo(9);
	}

}
