package org.htmacademy.transcript;

import java.time.LocalDate;

/** A certification the learner holds, e.g. CBET since 4 March 2026, which the renewal tracker follows. */
public record HeldCertification(CertificationRules rules, LocalDate certifiedOn) {

	public String code() {
		return rules.code();
	}

}
