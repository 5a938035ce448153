package org.htmacademy.transcript;

import java.math.BigDecimal;

/**
 * A category's CEUs in one period.
 *
 * @param earned everything the learner earned in it
 * @param counted what counts towards renewal: earned, up to the category's cap
 */
public record CategoryTotal(CategoryRule category, BigDecimal earned, BigDecimal counted) {

	/** Whether the cap cut something off. */
	public boolean overCap() {
		return earned.compareTo(counted) > 0;
	}

}
