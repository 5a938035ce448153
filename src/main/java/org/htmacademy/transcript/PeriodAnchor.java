package org.htmacademy.transcript;

/** Where a certification's renewal periods begin and end. */
public enum PeriodAnchor {

	/** Periods of N years from the certification date: certified 4 March 2026, renew by 3 March 2029. */
	CERTIFICATION_DATE("certification-date"),

	/**
	 * The first period runs to the end of the calendar year N years after certification, later ones are whole
	 * calendar years: certified 4 March 2026, renew by 31 December 2029.
	 */
	END_OF_CALENDAR_YEAR("end-of-calendar-year");

	private final String yamlName;

	PeriodAnchor(String yamlName) {
		this.yamlName = yamlName;
	}

	public String yamlName() {
		return yamlName;
	}

}
