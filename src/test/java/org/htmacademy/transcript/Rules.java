package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.util.List;

/** Renewal rules built in code, so the arithmetic tests do not depend on the shipped file. */
final class Rules {

	static final List<CategoryRule> ACI_LIKE = List.of(
			new CategoryRule("I", "Earn an additional HTM-related certification", new BigDecimal("15"), ""),
			new CategoryRule("II", "Leadership roles", new BigDecimal("15"), ""),
			new CategoryRule("III", "Development of educational content", null, "Cap not confirmed with ACI."),
			new CategoryRule("IV", "Professional development", null, "Cap not confirmed with ACI."));

	private Rules() {
	}

	static CertificationRules cbet(PeriodAnchor anchor) {
		return new CertificationRules("CBET", "Certified Biomedical Equipment Technician", 3, new BigDecimal("30"),
				anchor, BigDecimal.TEN, "IV", ACI_LIKE);
	}

	static CertificationRules cbet() {
		return cbet(PeriodAnchor.CERTIFICATION_DATE);
	}

}
