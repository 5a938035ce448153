package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one certification is renewed: CEUs per period, the categories they may come from, and how CEUs relate to the
 * contact hours printed on certificates.
 *
 * @param courseCategory the category an HTM Academy course counts in
 */
public record CertificationRules(String code, String name, int periodYears, BigDecimal ceusRequired,
		PeriodAnchor anchor, BigDecimal contactHoursPerCeu, String courseCategory, List<CategoryRule> categories) {

	public CertificationRules {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		if (periodYears < 1) {
			throw new IllegalArgumentException("periodYears must be at least 1: " + periodYears);
		}
		if (ceusRequired.signum() <= 0 || contactHoursPerCeu.signum() <= 0) {
			throw new IllegalArgumentException("CEUs required and contact hours per CEU must be positive");
		}
		Objects.requireNonNull(anchor, "anchor");
		categories = List.copyOf(categories);
		if (categories.stream().map(CategoryRule::code).distinct().count() != categories.size()) {
			throw new IllegalArgumentException("category codes of " + code + " must be unique");
		}
		if (categories.stream().noneMatch(c -> c.code().equals(courseCategory))) {
			throw new IllegalArgumentException("course category " + courseCategory + " is not a category of " + code);
		}
	}

	public Optional<CategoryRule> category(String categoryCode) {
		return categories.stream().filter(c -> c.code().equals(categoryCode)).findFirst();
	}

}
