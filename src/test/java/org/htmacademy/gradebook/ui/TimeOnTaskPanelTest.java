package org.htmacademy.gradebook.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.htmacademy.gradebook.CompleterTime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOnTaskPanelTest {

	@Test
	void each_version_shows_its_claim_completers_median_and_middle_half() {
		TimeOnTaskPanel panel = new TimeOnTaskPanel(
				List.of(CompleterTime.of(2, "1.1.0", new BigDecimal("2.75"), List.of(3600, 7500, 9000))));

		assertThat(panel.getElement().getTextRecursively()).contains("Version 2 (1.1.0) claims 2.75 contact hours. "
				+ "3 completers: median active time 2 h 05 min, middle half 1 h 32 min to 2 h 17 min.")
			.contains("from 20 completers on")
			.doesNotContain("Warning");
	}

	@Test
	void twenty_quick_completers_bring_a_warning() {
		List<Integer> quick = IntStream.range(0, 20).mapToObj(i -> 60 * (10 + i)).toList();
		TimeOnTaskPanel panel = new TimeOnTaskPanel(List.of(CompleterTime.of(1, "1.0.0", BigDecimal.ONE, quick)));

		assertThat(panel.getElement().getTextRecursively()).contains("Warning: half of the 20 completers of version 1 "
				+ "were active for less than 19 min, under 80 % of the 1 contact hour claimed.");
	}

	@Test
	void a_course_without_completers_says_so() {
		assertThat(new TimeOnTaskPanel(List.of()).getElement().getTextRecursively())
			.contains("No learner has completed this course with a certificate yet");
	}

	@Test
	void durations_read_as_hours_and_minutes() {
		assertThat(TimeOnTaskPanel.duration(Optional.of(59))).isEqualTo("under a minute");
		assertThat(TimeOnTaskPanel.duration(Optional.of(42 * 60 + 59))).isEqualTo("42 min");
		assertThat(TimeOnTaskPanel.duration(Optional.of(3900))).isEqualTo("1 h 05 min");
		assertThat(TimeOnTaskPanel.duration(Optional.empty())).isEqualTo("—");
	}

}
