package org.htmacademy.transcript;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A reporting period, from its first day up to but not including {@code end}; the learner must have earned their
 * CEUs by the {@link #deadline()}, its last day.
 */
public record RenewalPeriod(LocalDate start, LocalDate end) {

	public RenewalPeriod {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("a period ends after it starts: " + start + " to " + end);
		}
	}

	public LocalDate deadline() {
		return end.minusDays(1);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(start) && day.isBefore(end);
	}

	/**
	 * The period of a certification that contains {@code today}; the first period when today is before the
	 * certification date.
	 */
	public static RenewalPeriod containing(CertificationRules rules, LocalDate certifiedOn, LocalDate today) {
		int k = Math.max(0, (today.getYear() - certifiedOn.getYear()) / rules.periodYears() - 1);
		while (period(rules, certifiedOn, k + 1).start().compareTo(today) <= 0) {
			k++;
		}
		return period(rules, certifiedOn, k);
	}

	/** Period number k, counting from 0 at certification. */
	static RenewalPeriod period(CertificationRules rules, LocalDate certifiedOn, int k) {
		int years = rules.periodYears();
		return switch (rules.anchor()) {
			// from the certification date each time, so 29 February comes back in leap years instead of drifting
			case CERTIFICATION_DATE -> new RenewalPeriod(certifiedOn.plusYears((long) k * years),
					certifiedOn.plusYears((long) (k + 1) * years));
			case END_OF_CALENDAR_YEAR -> new RenewalPeriod(
					k == 0 ? certifiedOn : LocalDate.of(certifiedOn.getYear() + k * years + 1, 1, 1),
					LocalDate.of(certifiedOn.getYear() + (k + 1) * years + 1, 1, 1));
		};
	}

}
