package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Gathers the slots of the analysed attempts, in any order, and pairs each question's mark with the mark on the rest
 * of its attempt. Marks are kept as exact integers (billionths: a fraction has 7 decimals, a mark 2), so "everyone
 * scored the same" is decided exactly; the moments are then summed in one numerically stable pass (Welford).
 */
final class ItemScores {

	private static final int FRACTION_SCALE = 7;

	private static final int MARK_SCALE = 2;

	private static final double UNIT = 1e9;

	private final Map<Long, Integer> attempts = new HashMap<>();

	private int[] slotAttempt = new int[1024];

	private long[] slotQuestion = new long[1024];

	private long[] slotEarned = new long[1024];

	private long[] slotMark = new long[1024];

	private long[] attemptTotal = new long[256];

	private int slots;

	/** One question of one finished attempt: its mark and the fraction of it earned. */
	void add(long attemptId, long questionId, BigDecimal mark, BigDecimal fraction) {
		add(attemptId, questionId, mark.setScale(MARK_SCALE).unscaledValue().longValueExact(),
				fraction.setScale(FRACTION_SCALE).unscaledValue().longValueExact());
	}

	/** The same, with the mark in hundredths and the fraction in ten-millionths, as stored. */
	void add(long attemptId, long questionId, long markHundredths, long fractionTenMillionths) {
		int attempt = attempts.computeIfAbsent(attemptId, id -> attempts.size());
		if (slots == slotAttempt.length) {
			grow();
		}
		if (attempt == attemptTotal.length) {
			attemptTotal = Arrays.copyOf(attemptTotal, attempt * 2);
		}
		long earned = fractionTenMillionths * markHundredths;
		slotAttempt[slots] = attempt;
		slotQuestion[slots] = questionId;
		slotEarned[slots] = earned;
		slotMark[slots] = markHundredths * 10_000_000L;
		attemptTotal[attempt] += earned;
		slots++;
	}

	/** The statistics of every question in at least one attempt. */
	Map<Long, ItemStatistics> statistics() {
		Map<Long, Moments> moments = new HashMap<>();
		for (int i = 0; i < slots; i++) {
			long x = slotEarned[i];
			long rest = attemptTotal[slotAttempt[i]] - x;
			moments.computeIfAbsent(slotQuestion[i], id -> new Moments()).add(slotMark[i], x, rest);
		}
		Map<Long, ItemStatistics> statistics = new HashMap<>();
		moments.forEach((question, m) -> statistics.put(question, m.statistics()));
		return statistics;
	}

	private void grow() {
		int size = slotAttempt.length * 2;
		slotAttempt = Arrays.copyOf(slotAttempt, size);
		slotQuestion = Arrays.copyOf(slotQuestion, size);
		slotEarned = Arrays.copyOf(slotEarned, size);
		slotMark = Arrays.copyOf(slotMark, size);
	}

	/** One question's running moments: x is the mark earned on it, r on the rest of the attempt. */
	static final class Moments {

		private long n;

		private long sumMark;

		private long sumX;

		private long minX = Long.MAX_VALUE;

		private long maxX = Long.MIN_VALUE;

		private long minR = Long.MAX_VALUE;

		private long maxR = Long.MIN_VALUE;

		private double meanX;

		private double meanR;

		private double m2x;

		private double m2r;

		private double cxr;

		void add(long mark, long x, long r) {
			n++;
			sumMark += mark;
			sumX += x;
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minR = Math.min(minR, r);
			maxR = Math.max(maxR, r);
			double dx = x / UNIT - meanX;
			meanX += dx / n;
			double dr = r / UNIT - meanR;
			meanR += dr / n;
			m2x += dx * (x / UNIT - meanX);
			m2r += dr * (r / UNIT - meanR);
			cxr += dx * (r / UNIT - meanR);
		}

		ItemStatistics statistics() {
			double facility = (double) sumX / sumMark;
			if (n < 2) {
				return ItemStatistics.of(n, facility, Double.NaN, Double.NaN);
			}
			double deviation = Math.sqrt(m2x / (n - 1)) / (sumMark / UNIT / n);
			boolean varies = minX != maxX && minR != maxR;
			double discrimination = varies ? 100 * cxr / Math.sqrt(m2x * m2r) : Double.NaN;
			return ItemStatistics.of(n, facility, minX == maxX ? 0 : deviation, discrimination);
		}

	}

}
