package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The score of one response: a fraction of the question's mark between 0 and 1 with 7 decimals (as Moodle stores
 * it), the outcome, the per-answer feedback that applies, and the question's general feedback.
 */
public record ScoredResponse(BigDecimal fraction, Outcome outcome, List<String> feedback, String generalFeedback) {

	static final int SCALE = 7;
	// question_state::graded_state_for_fraction: anything within 0.0000001 of 0 or 1 counts as 0 or 1.
	private static final BigDecimal NEARLY_ZERO = new BigDecimal("0.0000001");
	private static final BigDecimal NEARLY_ONE = new BigDecimal("0.9999999");

	public ScoredResponse {
		fraction = fraction.setScale(SCALE, RoundingMode.HALF_UP);
		if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("fraction must be between 0 and 1: " + fraction);
		}
		Objects.requireNonNull(outcome, "outcome");
		feedback = List.copyOf(feedback);
		Objects.requireNonNull(generalFeedback, "generalFeedback");
	}

	/** A graded response; the fraction is clamped to 0..1 and the blank feedback texts are dropped. */
	static ScoredResponse graded(BigDecimal fraction, List<String> feedback, String generalFeedback) {
		BigDecimal clamped = fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(SCALE, RoundingMode.HALF_UP);
		List<String> shown = feedback.stream().filter(text -> !text.isBlank()).toList();
		return new ScoredResponse(clamped, outcomeFor(clamped), shown, generalFeedback);
	}

	static ScoredResponse unanswered(String generalFeedback) {
		return new ScoredResponse(BigDecimal.ZERO, Outcome.UNANSWERED, List.of(), generalFeedback);
	}

	private static Outcome outcomeFor(BigDecimal fraction) {
		if (fraction.compareTo(NEARLY_ZERO) < 0) {
			return Outcome.INCORRECT;
		}
		return fraction.compareTo(NEARLY_ONE) > 0 ? Outcome.CORRECT : Outcome.PARTIALLY_CORRECT;
	}
}
