package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.htmacademy.transcript.RenewalProgress.CountedEntry;
import org.htmacademy.transcript.RenewalProgress.ExcludedEntry;

/** The renewal tracker's arithmetic: which period applies, what counts in it, and what is still missing. */
public final class RenewalCalculator {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

	private RenewalCalculator() {
	}

	/** Progress in the period that contains {@code today}. */
	public static RenewalProgress progress(CertificationRules rules, LocalDate certifiedOn, LocalDate today,
			List<CeEntry> entries) {
		return tally(rules, RenewalPeriod.containing(rules, certifiedOn, today), entries);
	}

	/** Progress in any period, e.g. a past one for a transcript. */
	public static RenewalProgress tally(CertificationRules rules, RenewalPeriod period, List<CeEntry> entries) {
		Map<String, BigDecimal> earned = new LinkedHashMap<>();
		rules.categories().forEach(category -> earned.put(category.code(), BigDecimal.ZERO));
		List<CountedEntry> counted = new ArrayList<>();
		List<ExcludedEntry> excluded = new ArrayList<>();
		for (CeEntry entry : sorted(entries)) {
			if (entry.completedOn().isBefore(period.start())) {
				excluded.add(new ExcludedEntry(entry, "before this period, which starts " + DATE.format(period.start())));
			}
			else if (!period.contains(entry.completedOn())) {
				excluded.add(new ExcludedEntry(entry, "after this period, which ended " + DATE.format(period.deadline())));
			}
			else if (!earned.containsKey(entry.categoryCode())) {
				excluded.add(new ExcludedEntry(entry,
						"category " + entry.categoryCode() + " is not a " + rules.code() + " category"));
			}
			else {
				BigDecimal ceus = entry.credit().ceus(rules.contactHoursPerCeu());
				counted.add(new CountedEntry(entry, ceus));
				earned.merge(entry.categoryCode(), ceus, BigDecimal::add);
			}
		}
		List<CategoryTotal> totals = rules.categories()
			.stream()
			.map(category -> total(category, earned.get(category.code())))
			.toList();
		BigDecimal sum = totals.stream().map(CategoryTotal::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal remaining = rules.ceusRequired().subtract(sum).max(BigDecimal.ZERO);
		return new RenewalProgress(rules, period, totals, sum, remaining, counted, excluded);
	}

	private static CategoryTotal total(CategoryRule category, BigDecimal earned) {
		BigDecimal cap = category.cap();
		return new CategoryTotal(category, earned, cap == null ? earned : earned.min(cap));
	}

	private static List<CeEntry> sorted(List<CeEntry> entries) {
		return entries.stream().sorted(Comparator.comparing(CeEntry::completedOn)).toList();
	}

}
