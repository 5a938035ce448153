package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sums Moodle's item statistics are made of, for one question over the attempts that contained it: {@code x} is
 * the mark earned on the question, {@code r} the mark earned on the rest of that attempt. Exact decimals, so that the
 * variances taken from them later lose no digits to cancellation; the database sums them the same way.
 *
 * @param n attempts that contained the question
 * @param sumMark the question's mark summed over those attempts
 */
public record Moments(long n, BigDecimal sumMark, BigDecimal sumX, BigDecimal sumXX, BigDecimal sumR,
		BigDecimal sumRR, BigDecimal sumXR) {

	public static final Moments NONE = new Moments(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
			BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

	/** One question of one finished attempt: its mark and the fraction of it earned. */
	public record Slot(long questionId, BigDecimal mark, BigDecimal fraction) {

		BigDecimal earned() {
			return fraction.multiply(mark);
		}

	}

	public Moments add(BigDecimal mark, BigDecimal x, BigDecimal r) {
		return new Moments(n + 1, sumMark.add(mark), sumX.add(x), sumXX.add(x.multiply(x)), sumR.add(r),
				sumRR.add(r.multiply(r)), sumXR.add(x.multiply(r)));
	}

	/** The moments of every question, from the slots of each attempt: what the database query computes. */
	public static Map<Long, Moments> byQuestion(Collection<List<Slot>> attempts) {
		Map<Long, Moments> moments = new HashMap<>();
		for (List<Slot> attempt : attempts) {
			BigDecimal total = attempt.stream().map(Slot::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
			for (Slot slot : attempt) {
				BigDecimal x = slot.earned();
				moments.merge(slot.questionId(), NONE.add(slot.mark(), x, total.subtract(x)), Moments::plus);
			}
		}
		return moments;
	}

	Moments plus(Moments other) {
		return new Moments(n + other.n, sumMark.add(other.sumMark), sumX.add(other.sumX), sumXX.add(other.sumXX),
				sumR.add(other.sumR), sumRR.add(other.sumRR), sumXR.add(other.sumXR));
	}

}
