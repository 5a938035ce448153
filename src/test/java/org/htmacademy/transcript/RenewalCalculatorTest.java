package org.htmacademy.transcript;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.htmacademy.transcript.RenewalProgress.CountedEntry;
import org.htmacademy.transcript.RenewalProgress.ExcludedEntry;
import org.junit.jupiter.api.Test;

class RenewalCalculatorTest {

	private static final LocalDate CERTIFIED = parse("2026-03-04");

	private static final LocalDate TODAY = parse("2027-06-15");

	@Test
	void an_entry_on_the_first_and_on_the_last_day_counts_the_day_after_does_not() {
		CeEntry firstDay = course("2026-03-04", "10");
		CeEntry lastDay = course("2029-03-03", "20");
		CeEntry dayAfter = course("2029-03-04", "40");
		CeEntry dayBefore = course("2026-03-03", "80");

		RenewalProgress progress = progress(firstDay, lastDay, dayAfter, dayBefore);

		assertThat(progress.period()).isEqualTo(new RenewalPeriod(parse("2026-03-04"), parse("2029-03-04")));
		assertThat(progress.entries()).extracting(CountedEntry::entry).containsExactly(firstDay, lastDay);
		assertThat(progress.counted()).isEqualByComparingTo("3");
		assertThat(progress.excluded()).containsExactly(
				new ExcludedEntry(dayBefore, "before this period, which starts March 4, 2026"),
				new ExcludedEntry(dayAfter, "after this period, which ended March 3, 2029"));
	}

	@Test
	void contact_hours_become_ceus_at_ten_hours_each() {
		RenewalProgress progress = progress(course("2026-05-01", "1.5"), course("2026-06-01", "12.75"));

		assertThat(progress.entries()).extracting(CountedEntry::ceus)
			.usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.containsExactly(new BigDecimal("0.15"), new BigDecimal("1.275"));
		assertThat(total(progress, "IV").earned()).isEqualByComparingTo("1.425");
		assertThat(progress.remaining()).isEqualByComparingTo("28.575");
	}

	@Test
	void a_category_exactly_at_its_cap_counts_in_full() {
		RenewalProgress progress = progress(ceus("2026-05-01", "I", "5"), ceus("2027-01-01", "I", "5"),
				ceus("2027-02-01", "I", "5"));

		CategoryTotal certifications = total(progress, "I");
		assertThat(certifications.earned()).isEqualByComparingTo("15");
		assertThat(certifications.counted()).isEqualByComparingTo("15");
		assertThat(certifications.overCap()).isFalse();
		assertThat(progress.counted()).isEqualByComparingTo("15");
	}

	@Test
	void a_category_over_its_cap_counts_only_up_to_the_cap() {
		RenewalProgress progress = progress(ceus("2026-05-01", "II", "10"), ceus("2027-01-01", "II", "7.5"),
				course("2027-02-01", "40"));

		CategoryTotal leadership = total(progress, "II");
		assertThat(leadership.earned()).isEqualByComparingTo("17.5");
		assertThat(leadership.counted()).isEqualByComparingTo("15");
		assertThat(leadership.overCap()).isTrue();
		assertThat(progress.counted()).isEqualByComparingTo("19");
		assertThat(progress.remaining()).isEqualByComparingTo("11");
		assertThat(progress.entries()).as("entries over the cap are still listed").hasSize(3);
	}

	@Test
	void an_uncapped_category_counts_everything_and_nothing_remains_once_met() {
		RenewalProgress progress = progress(course("2026-05-01", "250"), course("2027-05-01", "100"));

		assertThat(total(progress, "IV").counted()).isEqualByComparingTo("35");
		assertThat(progress.counted()).isEqualByComparingTo("35");
		assertThat(progress.remaining()).isEqualByComparingTo("0");
		assertThat(progress.complete()).isTrue();
	}

	@Test
	void every_category_is_listed_in_the_rules_order_even_when_empty() {
		RenewalProgress progress = progress(course("2026-05-01", "10"));

		assertThat(progress.categories()).extracting(t -> t.category().code()).containsExactly("I", "II", "III", "IV");
		assertThat(total(progress, "I").earned()).isEqualByComparingTo("0");
		assertThat(progress.required()).isEqualByComparingTo("30");
	}

	@Test
	void an_entry_in_a_category_the_certification_lacks_is_excluded_with_the_reason() {
		CeEntry foreign = new CeEntry(parse("2026-05-01"), "Nursing ethics", "Elsewhere", "IX", Credit.ceus("3"),
				EntrySource.SELF_REPORTED, null);

		RenewalProgress progress = progress(foreign);

		assertThat(progress.excluded()).containsExactly(new ExcludedEntry(foreign, "category IX is not a CBET category"));
		assertThat(progress.counted()).isEqualByComparingTo("0");
	}

	@Test
	void a_later_period_counts_only_its_own_entries() {
		RenewalProgress progress = RenewalCalculator.progress(Rules.cbet(), CERTIFIED, parse("2030-01-10"),
				List.of(course("2028-01-01", "100"), course("2029-03-04", "25")));

		assertThat(progress.period().start()).isEqualTo("2029-03-04");
		assertThat(progress.counted()).isEqualByComparingTo("2.5");
	}

	@Test
	void certified_on_a_leap_day_the_boundaries_move_to_28_february() {
		CertificationRules rules = Rules.cbet();
		List<CeEntry> entries = List.of(course("2024-02-29", "10"), course("2027-02-27", "20"),
				course("2027-02-28", "40"));

		RenewalProgress first = RenewalCalculator.progress(rules, parse("2024-02-29"), parse("2026-01-01"), entries);
		RenewalProgress second = RenewalCalculator.progress(rules, parse("2024-02-29"), parse("2027-02-28"), entries);

		assertThat(first.counted()).isEqualByComparingTo("3");
		assertThat(first.period().deadline()).isEqualTo("2027-02-27");
		assertThat(second.counted()).isEqualByComparingTo("4");
	}

	@Test
	void an_administrator_may_count_one_ceu_per_contact_hour() {
		CertificationRules oneToOne = new CertificationRules("CBET", "CBET", 3, new BigDecimal("30"),
				PeriodAnchor.CERTIFICATION_DATE, BigDecimal.ONE, "IV", Rules.ACI_LIKE);

		RenewalProgress progress = RenewalCalculator.progress(oneToOne, CERTIFIED, TODAY,
				List.of(course("2026-05-01", "12.5")));

		assertThat(progress.counted()).isEqualByComparingTo("12.5");
	}

	@Test
	void a_third_of_an_hour_rate_does_not_break_the_division() {
		CertificationRules odd = new CertificationRules("X", "X", 2, BigDecimal.TEN, PeriodAnchor.CERTIFICATION_DATE,
				new BigDecimal("3"), "IV", Rules.ACI_LIKE);

		RenewalProgress progress = RenewalCalculator.progress(odd, CERTIFIED, TODAY, List.of(course("2026-05-01", "1")));

		assertThat(progress.counted()).isEqualByComparingTo("0.3333333333333333");
	}

	private static RenewalProgress progress(CeEntry... entries) {
		return RenewalCalculator.progress(Rules.cbet(), CERTIFIED, TODAY, List.of(entries));
	}

	private static CategoryTotal total(RenewalProgress progress, String code) {
		return progress.categories().stream().filter(t -> t.category().code().equals(code)).findFirst().orElseThrow();
	}

	static CeEntry course(String date, String hours) {
		return new CeEntry(parse(date), "Course of " + hours + " h", "HTM Academy", "IV", Credit.contactHours(hours),
				EntrySource.HTM_ACADEMY, "HTMA-2026-7KQ2M-9XD4P");
	}

	static CeEntry ceus(String date, String category, String ceus) {
		return new CeEntry(parse(date), "Activity", "Self", category, Credit.ceus(ceus), EntrySource.SELF_REPORTED, null);
	}

}
