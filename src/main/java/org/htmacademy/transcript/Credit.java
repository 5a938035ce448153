package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The credit an activity gave, as it was stated: contact hours for a course, or CEUs directly for an activity
 * that has no hours (ACI gives 5 CEUs for earning another HTM certification).
 */
public record Credit(BigDecimal amount, Unit unit) {

	public enum Unit {

		CONTACT_HOURS, CEUS

	}

	public Credit {
		Objects.requireNonNull(unit, "unit");
		if (Objects.requireNonNull(amount, "amount").signum() <= 0) {
			throw new IllegalArgumentException("credit must be positive: " + amount);
		}
	}

	public static Credit contactHours(String amount) {
		return new Credit(new BigDecimal(amount), Unit.CONTACT_HOURS);
	}

	public static Credit ceus(String amount) {
		return new Credit(new BigDecimal(amount), Unit.CEUS);
	}

	/** The contact hours, or null when the credit was stated in CEUs only. */
	public @Nullable BigDecimal contactHours() {
		return unit == Unit.CONTACT_HOURS ? amount : null;
	}

	/** The CEUs under a certification's rules. */
	public BigDecimal ceus(BigDecimal contactHoursPerCeu) {
		if (unit == Unit.CEUS) {
			return amount;
		}
		return amount.divide(contactHoursPerCeu, MathContext.DECIMAL64).stripTrailingZeros();
	}

}
