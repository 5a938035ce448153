package org.htmacademy.transcript;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The renewal rules of every certification HTM Academy tracks, as loaded by {@link RenewalRulesLoader}. */
public record RenewalRules(RulesSource source, List<CertificationRules> certifications) {

	public RenewalRules {
		Objects.requireNonNull(source, "source");
		certifications = List.copyOf(certifications);
	}

	public Optional<CertificationRules> certification(String code) {
		return certifications.stream().filter(c -> c.code().equals(code)).findFirst();
	}

}
