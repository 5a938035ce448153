package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * Moodle's statistics of one question (core_question\statistics\questions\calculator), over the attempts that
 * contained it. Facility index: the mean mark earned as a fraction of the question's mark. Standard deviation: of
 * the mark earned, as a fraction of the mark (sample, n − 1). Discrimination index: 100 × the Pearson correlation
 * between the mark on this question and the mark on the rest of the attempt; undefined when either does not vary,
 * as when everyone answered alike.
 */
public record ItemStatistics(long attempts, OptionalDouble facility, OptionalDouble standardDeviation,
		OptionalDouble discrimination) {

	public static ItemStatistics of(Moments m) {
		if (m.n() == 0 || m.sumMark().signum() == 0) {
			return new ItemStatistics(m.n(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
		}
		OptionalDouble facility = OptionalDouble.of(ratio(m.sumX(), m.sumMark()));
		if (m.n() < 2) {
			return new ItemStatistics(m.n(), facility, OptionalDouble.empty(), OptionalDouble.empty());
		}
		BigDecimal n = BigDecimal.valueOf(m.n());
		// n² times the (population) variances and covariance: exact, and the scale cancels in the correlation
		BigDecimal sxx = n.multiply(m.sumXX()).subtract(m.sumX().multiply(m.sumX()));
		BigDecimal srr = n.multiply(m.sumRR()).subtract(m.sumR().multiply(m.sumR()));
		BigDecimal sxr = n.multiply(m.sumXR()).subtract(m.sumX().multiply(m.sumR()));
		double meanMark = ratio(m.sumMark(), n);
		double variance = sxx.doubleValue() / (m.n() * (double) (m.n() - 1));
		OptionalDouble deviation = OptionalDouble.of(Math.sqrt(variance) / meanMark);
		OptionalDouble discrimination = sxx.signum() == 0 || srr.signum() == 0 ? OptionalDouble.empty()
				: OptionalDouble.of(100 * sxr.doubleValue() / Math.sqrt(sxx.multiply(srr).doubleValue()));
		return new ItemStatistics(m.n(), facility, deviation, discrimination);
	}

	private static double ratio(BigDecimal a, BigDecimal b) {
		return a.divide(b, MathContext.DECIMAL64).doubleValue();
	}

}
