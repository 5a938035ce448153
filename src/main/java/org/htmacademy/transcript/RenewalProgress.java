package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where a learner stands in one period of one certification.
 *
 * @param categories every category of the certification, in the rules' order, with what counts from each
 * @param counted CEUs counted towards renewal, after caps
 * @param remaining CEUs still needed; zero once the requirement is met
 * @param entries the entries inside the period, oldest first, with their CEUs under the rules
 * @param excluded entries that do not count here, each with the reason
 */
public record RenewalProgress(CertificationRules certification, RenewalPeriod period, List<CategoryTotal> categories,
		BigDecimal counted, BigDecimal remaining, List<CountedEntry> entries, List<ExcludedEntry> excluded) {

	public record CountedEntry(CeEntry entry, BigDecimal ceus) {
	}

	public record ExcludedEntry(CeEntry entry, String reason) {
	}

	public RenewalProgress {
		categories = List.copyOf(categories);
		entries = List.copyOf(entries);
		excluded = List.copyOf(excluded);
	}

	public BigDecimal required() {
		return certification.ceusRequired();
	}

	public boolean complete() {
		return remaining.signum() == 0;
	}

}
