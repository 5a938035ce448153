package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A CE category of a certification, e.g. ACI's "Category II: Leadership roles".
 *
 * @param cap the most CEUs that count from this category in one period; null when uncapped
 * @param note shown beside the category, e.g. that a figure is not confirmed; may be empty
 */
public record CategoryRule(String code, String name, @Nullable BigDecimal cap, String note) {

	public CategoryRule {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(note, "note");
		if (cap != null && cap.signum() <= 0) {
			throw new IllegalArgumentException("cap must be positive: " + cap);
		}
	}

	public boolean capped() {
		return cap != null;
	}

}
