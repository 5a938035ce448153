package org.htmacademy.transcript;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RenewalPeriodTest {

	private static final LocalDate CERTIFIED = parse("2026-03-04");

	@Test
	void the_first_period_runs_three_years_from_the_certification_date() {
		RenewalPeriod period = containing("2026-03-04", CERTIFIED, PeriodAnchor.CERTIFICATION_DATE);

		assertThat(period).isEqualTo(new RenewalPeriod(parse("2026-03-04"), parse("2029-03-04")));
		assertThat(period.deadline()).isEqualTo("2029-03-03");
	}

	@Test
	void the_deadline_is_still_in_the_period_and_the_next_day_starts_the_next() {
		assertThat(containing("2029-03-03", CERTIFIED, PeriodAnchor.CERTIFICATION_DATE).start()).isEqualTo("2026-03-04");
		assertThat(containing("2029-03-04", CERTIFIED, PeriodAnchor.CERTIFICATION_DATE))
			.isEqualTo(new RenewalPeriod(parse("2029-03-04"), parse("2032-03-04")));
		assertThat(containing("2041-07-01", CERTIFIED, PeriodAnchor.CERTIFICATION_DATE))
			.isEqualTo(new RenewalPeriod(parse("2041-03-04"), parse("2044-03-04")));
	}

	@Test
	void before_certification_the_first_period_applies() {
		assertThat(containing("2025-12-31", CERTIFIED, PeriodAnchor.CERTIFICATION_DATE).start()).isEqualTo("2026-03-04");
	}

	@Test
	void certified_on_29_february_renews_on_28_february_and_on_29_february_in_leap_years() {
		LocalDate leap = parse("2024-02-29");

		assertThat(containing("2027-02-27", leap, PeriodAnchor.CERTIFICATION_DATE))
			.isEqualTo(new RenewalPeriod(parse("2024-02-29"), parse("2027-02-28")));
		assertThat(containing("2027-02-28", leap, PeriodAnchor.CERTIFICATION_DATE))
			.isEqualTo(new RenewalPeriod(parse("2027-02-28"), parse("2030-02-28")));
		assertThat(containing("2036-02-28", leap, PeriodAnchor.CERTIFICATION_DATE))
			.as("2036 is a leap year: the period runs to its 29 February")
			.isEqualTo(new RenewalPeriod(parse("2033-02-28"), parse("2036-02-29")));
		assertThat(containing("2036-02-29", leap, PeriodAnchor.CERTIFICATION_DATE))
			.isEqualTo(new RenewalPeriod(parse("2036-02-29"), parse("2039-02-28")));
	}

	@Test
	void anchored_at_year_end_the_first_period_runs_to_31_december_three_years_on() {
		RenewalPeriod first = containing("2026-03-04", CERTIFIED, PeriodAnchor.END_OF_CALENDAR_YEAR);

		assertThat(first).isEqualTo(new RenewalPeriod(parse("2026-03-04"), parse("2030-01-01")));
		assertThat(first.deadline()).isEqualTo("2029-12-31");
		assertThat(containing("2029-12-31", CERTIFIED, PeriodAnchor.END_OF_CALENDAR_YEAR)).isEqualTo(first);
		assertThat(containing("2030-01-01", CERTIFIED, PeriodAnchor.END_OF_CALENDAR_YEAR))
			.isEqualTo(new RenewalPeriod(parse("2030-01-01"), parse("2033-01-01")));
		assertThat(containing("2035-06-30", CERTIFIED, PeriodAnchor.END_OF_CALENDAR_YEAR))
			.isEqualTo(new RenewalPeriod(parse("2033-01-01"), parse("2036-01-01")));
	}

	@Test
	void anchored_at_year_end_a_leap_day_certification_needs_nothing_special() {
		assertThat(containing("2027-02-28", parse("2024-02-29"), PeriodAnchor.END_OF_CALENDAR_YEAR))
			.isEqualTo(new RenewalPeriod(parse("2024-02-29"), parse("2028-01-01")));
	}

	@Test
	void a_period_contains_its_first_day_and_its_deadline_but_not_its_end() {
		RenewalPeriod period = new RenewalPeriod(parse("2026-03-04"), parse("2029-03-04"));

		assertThat(period.contains(parse("2026-03-03"))).isFalse();
		assertThat(period.contains(parse("2026-03-04"))).isTrue();
		assertThat(period.contains(parse("2029-03-03"))).isTrue();
		assertThat(period.contains(parse("2029-03-04"))).isFalse();
	}

	private static RenewalPeriod containing(String today, LocalDate certified, PeriodAnchor anchor) {
		return RenewalPeriod.containing(Rules.cbet(anchor), certified, parse(today));
	}

}
