package org.htmacademy.gradebook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The textbook two-pass computation of facility, SD and discrimination index, as a reference for the one-pass
 * production code: for each question, the attempts that contain it, the means, then the sums of products of
 * deviations. Marks are 1.
 */
final class TwoPassStatistics {

	private TwoPassStatistics() {
	}

	static Map<Long, ItemStatistics> of(Collection<Map<Long, Double>> attempts) {
		Map<Long, List<double[]>> pairs = new HashMap<>();
		for (Map<Long, Double> attempt : attempts) {
			double total = attempt.values().stream().mapToDouble(Double::doubleValue).sum();
			attempt.forEach((question, x) -> pairs.computeIfAbsent(question, id -> new ArrayList<>())
				.add(new double[] { x, total - x }));
		}
		Map<Long, ItemStatistics> statistics = new HashMap<>();
		pairs.forEach((question, xr) -> {
			int n = xr.size();
			double meanX = xr.stream().mapToDouble(p -> p[0]).average().orElseThrow();
			double meanR = xr.stream().mapToDouble(p -> p[1]).average().orElseThrow();
			double sxx = xr.stream().mapToDouble(p -> (p[0] - meanX) * (p[0] - meanX)).sum();
			double srr = xr.stream().mapToDouble(p -> (p[1] - meanR) * (p[1] - meanR)).sum();
			double sxr = xr.stream().mapToDouble(p -> (p[0] - meanX) * (p[1] - meanR)).sum();
			double discrimination = sxx < 1e-12 || srr < 1e-12 ? Double.NaN : 100 * sxr / Math.sqrt(sxx * srr);
			statistics.put(question, ItemStatistics.of(n, meanX, Math.sqrt(sxx / (n - 1)), discrimination));
		});
		return statistics;
	}

}
