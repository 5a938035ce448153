package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.util.Objects;

/** One attempt's place in the learner's sequence (1 = first) and its score; score is null until it is finished. */
public record AttemptScore(int number, BigDecimal score) {

	public AttemptScore {
		if (number < 1) {
			throw new IllegalArgumentException("attempt numbers start at 1: " + number);
		}
	}

	public static AttemptScore finished(int number, BigDecimal score) {
		return new AttemptScore(number, Objects.requireNonNull(score, "score"));
	}

	public static AttemptScore inProgress(int number) {
		return new AttemptScore(number, null);
	}

	public boolean isFinished() {
		return score != null;
	}
}
