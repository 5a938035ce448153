package org.htmacademy.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Which questions an attempt asks, and in what order; the same seed always gives the same draw. */
public final class AttemptDraw {

	private AttemptDraw() {
	}

	/**
	 * Draws {@code drawCount} questions at random from the pool, or all of them when it is 0. Unless
	 * {@code shuffleQuestions}, the drawn questions keep the pool's order.
	 *
	 * @throws IllegalArgumentException when the pool is too small: a shorter quiz than the course promises is an
	 * authoring mistake to fix, not to hide
	 */
	public static <T> List<T> draw(List<T> questionIds, int drawCount, boolean shuffleQuestions, long seed) {
		if (drawCount < 0 || drawCount > questionIds.size()) {
			throw new IllegalArgumentException(
					"cannot draw " + drawCount + " questions from a pool of " + questionIds.size());
		}
		int count = drawCount == 0 ? questionIds.size() : drawCount;
		Random random = new Random(seed);
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < questionIds.size(); i++) {
			positions.add(i);
		}
		Collections.shuffle(positions, random);
		List<Integer> drawn = new ArrayList<>(positions.subList(0, count));
		if (!shuffleQuestions) {
			drawn.sort(Comparator.naturalOrder());
		}
		return drawn.stream().map(questionIds::get).toList();
	}
}
