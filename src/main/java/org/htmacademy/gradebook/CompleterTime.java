package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the completers of one course version were actually active, next to the contact hours it claims. A
 * completer is a learner whose completion issued the version's certificate. Quartiles interpolate linearly between
 * the sorted values (as R's and a spreadsheet's default): the median of 10, 20, 30, 40 is 25.
 *
 * @param median empty without completers; {@code lowerQuartile} and {@code upperQuartile} too
 * @param warning the median of at least {@value #MIN_COMPLETERS} completers is below {@value #WARN_BELOW_PERCENT} % of
 *        the claimed hours: the claim looks too high for what learners really spend
 */
public record CompleterTime(int versionNumber, String versionLabel, BigDecimal claimedHours, int completers,
		Optional<Integer> median, Optional<Integer> lowerQuartile, Optional<Integer> upperQuartile, boolean warning) {

	/** Fewer completers say too little about how long the course takes. */
	public static final int MIN_COMPLETERS = 20;

	public static final int WARN_BELOW_PERCENT = 80;

	public CompleterTime {
		Objects.requireNonNull(claimedHours, "claimedHours");
	}

	/** @param activeSeconds each completer's active time in the version, in any order */
	public static CompleterTime of(int versionNumber, String versionLabel, BigDecimal claimedHours,
			List<Integer> activeSeconds) {
		List<Integer> sorted = activeSeconds.stream().sorted().toList();
		Optional<Integer> median = quantile(sorted, 0.5);
		boolean warning = sorted.size() >= MIN_COMPLETERS && median.isPresent()
				&& BigDecimal.valueOf(median.get()).multiply(BigDecimal.valueOf(100))
					.compareTo(claimedHours.multiply(BigDecimal.valueOf(3600L * WARN_BELOW_PERCENT))) < 0;
		return new CompleterTime(versionNumber, versionLabel, claimedHours, sorted.size(), median,
				quantile(sorted, 0.25), quantile(sorted, 0.75), warning);
	}

	/** Rounded to whole seconds; empty for no values. */
	static Optional<Integer> quantile(List<Integer> sorted, double p) {
		if (sorted.isEmpty()) {
			return Optional.empty();
		}
		double h = (sorted.size() - 1) * p;
		int below = (int) Math.floor(h);
		int above = Math.min(below + 1, sorted.size() - 1);
		double value = sorted.get(below) + (h - below) * (sorted.get(above) - sorted.get(below));
		return Optional.of((int) Math.round(value));
	}

}
