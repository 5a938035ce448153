package org.htmacademy.gradebook;

import java.util.OptionalDouble;

/**
 * Moodle's statistics of one question (core_question\statistics\questions\calculator), over the attempts that
 * contained it. Facility index: the mean mark earned as a fraction of the question's mark. Standard deviation: of
 * the mark earned, as a fraction of the mark (sample, n − 1). Discrimination index: 100 × the Pearson correlation
 * between the mark on this question and the mark on the rest of the attempt; undefined when either does not vary,
 * as when everyone answered alike. {@link ItemScores} computes them.
 */
public record ItemStatistics(long attempts, OptionalDouble facility, OptionalDouble standardDeviation,
		OptionalDouble discrimination) {

	public static final ItemStatistics NONE = new ItemStatistics(0, OptionalDouble.empty(), OptionalDouble.empty(),
			OptionalDouble.empty());

	/** NaN stands for "undefined". */
	static ItemStatistics of(long attempts, double facility, double deviation, double discrimination) {
		return new ItemStatistics(attempts, defined(facility), defined(deviation), defined(discrimination));
	}

	private static OptionalDouble defined(double value) {
		return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
	}

}
