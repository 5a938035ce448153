package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AttemptDrawTest {

	private static final List<String> POOL = IntStream.rangeClosed(1, 12).mapToObj(i -> "q" + i).toList();

	@Test
	void the_same_seed_draws_the_same_questions_in_the_same_order() {
		assertThat(AttemptDraw.draw(POOL, 5, true, 99)).isEqualTo(AttemptDraw.draw(POOL, 5, true, 99));
		assertThat(AttemptDraw.draw(POOL, 5, false, 99)).isEqualTo(AttemptDraw.draw(POOL, 5, false, 99));
	}

	@Test
	void a_draw_takes_that_many_different_questions_from_the_pool() {
		List<String> drawn = AttemptDraw.draw(POOL, 5, true, 1);

		assertThat(drawn).hasSize(5).doesNotHaveDuplicates();
		assertThat(POOL).containsAll(drawn);
	}

	@Test
	void different_seeds_draw_different_questions() {
		Set<Set<String>> draws = new HashSet<>();
		IntStream.range(0, 20).forEach(seed -> draws.add(Set.copyOf(AttemptDraw.draw(POOL, 5, false, seed))));

		assertThat(draws).hasSizeGreaterThan(10);
	}

	@Test
	void without_shuffling_the_drawn_questions_keep_the_pool_order() {
		List<String> drawn = AttemptDraw.draw(POOL, 5, false, 7);

		assertThat(drawn).isSortedAccordingTo((a, b) -> POOL.indexOf(a) - POOL.indexOf(b));
		assertThat(Set.copyOf(drawn)).isEqualTo(Set.copyOf(AttemptDraw.draw(POOL, 5, true, 7)));
	}

	@Test
	void a_draw_of_zero_takes_the_whole_pool() {
		assertThat(AttemptDraw.draw(POOL, 0, false, 3)).isEqualTo(POOL);
		assertThat(AttemptDraw.draw(POOL, 0, true, 3)).containsExactlyInAnyOrderElementsOf(POOL).isNotEqualTo(POOL);
	}

	@Test
	void drawing_the_whole_pool_by_count_is_the_same_as_drawing_all() {
		assertThat(AttemptDraw.draw(POOL, POOL.size(), false, 3)).isEqualTo(POOL);
	}

	@Test
	void a_draw_larger_than_the_pool_or_negative_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> AttemptDraw.draw(POOL, 13, true, 1))
			.withMessageContaining("cannot draw 13 questions from a pool of 12");
		assertThatIllegalArgumentException().isThrownBy(() -> AttemptDraw.draw(POOL, -1, true, 1));
	}

	@Test
	void an_empty_pool_draws_nothing() {
		assertThat(AttemptDraw.draw(List.of(), 0, true, 1)).isEmpty();
	}
}
