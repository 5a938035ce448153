package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** An attempt's score as a percentage: each question's fraction times its mark, over the sum of the marks. */
public final class QuizScore {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	/** Moodle keeps sumgrades with 5 decimals. */
	private static final int SCALE = 5;

	private QuizScore() {
	}

	public static BigDecimal percent(List<ScoredResponse> responses, List<BigDecimal> marks) {
		if (responses.size() != marks.size()) {
			throw new IllegalArgumentException(
					responses.size() + " responses but " + marks.size() + " marks: give one mark per question");
		}
		if (marks.stream().anyMatch(mark -> mark.signum() < 0)) {
			throw new IllegalArgumentException("marks cannot be negative: " + marks);
		}
		BigDecimal total = marks.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (total.signum() == 0) {
			throw new IllegalArgumentException("the questions carry no marks, so there is no percentage");
		}
		BigDecimal earned = BigDecimal.ZERO;
		for (int i = 0; i < responses.size(); i++) {
			earned = earned.add(responses.get(i).fraction().multiply(marks.get(i)));
		}
		return earned.multiply(HUNDRED).divide(total, SCALE, RoundingMode.HALF_UP);
	}
}
