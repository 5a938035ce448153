package org.htmacademy.seattime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeatTimeTest {

	@Test
	void minutes_left_round_up_so_a_missing_second_still_counts_as_a_minute() {
		assertThat(new SeatTime(15, 0, true).minutesLeft()).isEqualTo(15);
		assertThat(new SeatTime(15, 899, true).minutesLeft()).isEqualTo(1);
		assertThat(new SeatTime(15, 900, true).minutesLeft()).isZero();
		assertThat(new SeatTime(15, 900, true).met()).isTrue();
		assertThat(new SeatTime(15, 899, true).met()).isFalse();
	}

	@Test
	void no_minimum_is_met_from_the_start() {
		assertThat(new SeatTime(0, 0, true).met()).isTrue();
	}

	@Test
	void the_learner_is_told_what_is_left_before_the_final_exam_or_the_certificate() {
		assertThat(new SeatTime(45, 22 * 60 + 30, true).whatIsLeft())
			.isEqualTo("23 minutes of reading time left before the final exam opens");
		assertThat(new SeatTime(45, 44 * 60 + 1, false).whatIsLeft())
			.isEqualTo("1 minute of reading time left before your certificate can be issued");
		assertThat(new SeatTime(45, 22 * 60 + 30, true).finalExamClosedReason())
			.startsWith("23 minutes of reading time left before the final exam opens. This course asks for 45 minutes")
			.contains("you have 22 so far");
	}

}
