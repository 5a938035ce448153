package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.content.GradingMethod;

/** Moodle's quiz_calculate_best_grade: the quiz grade from the learner's finished attempts. */
public final class Grading {

	private static final int SCALE = 5;

	private Grading() {
	}

	/** Empty while no attempt is finished; unfinished attempts never count. */
	public static Optional<BigDecimal> grade(GradingMethod method, List<AttemptScore> attempts) {
		List<BigDecimal> finished = attempts.stream()
			.filter(AttemptScore::isFinished)
			.sorted(Comparator.comparingInt(AttemptScore::number))
			.map(AttemptScore::score)
			.toList();
		if (finished.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(switch (method) {
			case HIGHEST -> finished.stream().max(Comparator.naturalOrder()).orElseThrow();
			case FIRST -> finished.getFirst();
			case LAST -> finished.getLast();
			case AVERAGE -> finished.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(finished.size()), SCALE, RoundingMode.HALF_UP);
		});
	}
}
