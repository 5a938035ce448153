package org.htmacademy.gradebook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.gradebook.repository.ItemAnalysisRepository;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long item analysis takes over 10,000 finished attempts at a 20-question drawn quiz (the real final exam of
 * med-device-networking-fundamentals: 20 drawn from a pool of 37), on the embedded MariaDB. Not part of the default
 * test run; see docs/benchmarks/README.md.
 */
@HtmSpringTest
@Import({ SignIn.class, SimulatedAttempts.class })
@Tag("benchmark")
class ItemAnalysisBenchmark {

	static final String COURSE = "med-device-networking-fundamentals";

	static final int LEARNERS = 2_500;

	static final int ATTEMPTS_EACH = 4;

	static final int RUNS = 7;

	static final Duration TARGET = Duration.ofSeconds(1);

	@Autowired
	SimulatedAttempts simulated;

	@Autowired
	ItemAnalysisService analysis;

	@Autowired
	ItemAnalysisRepository repository;

	@Autowired
	TeachingService teaching;

	@Autowired
	SignIn signIn;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void item_analysis_of_ten_thousand_attempts() {
		long quizId = simulated.finalExam(COURSE);
		String prefix = "bench-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
		long started = System.nanoTime();
		long slots = simulated.write(quizId, LEARNERS, ATTEMPTS_EACH, ATTEMPTS_EACH, prefix);
		Duration writing = Duration.ofNanos(System.nanoTime() - started);
		signIn.as("admin@example.com");
		List<Duration> staleStatistics = new ArrayList<>();
		time(staleStatistics, () -> teaching.learners(COURSE, GradebookFilter.EVERYONE));
		// InnoDB refreshes its statistics in the background after a bulk load; a server in use has fresh ones
		dsl.execute("ANALYZE TABLE app_user, enrolment, lesson_completion, quiz_attempt, attempt_slot, quiz_grade");

		List<Duration> all = new ArrayList<>();
		List<Duration> counting = new ArrayList<>();
		List<Duration> streaming = new ArrayList<>();
		List<Duration> gradebook = new ArrayList<>();
		ItemAnalysis result = null;
		for (int run = 0; run < RUNS; run++) {
			result = time(all, () -> analysis.analyse(quizId, Optional.of(AttemptSelection.ALL)));
			time(counting, () -> analysis.analyse(quizId, Optional.empty()));
			time(streaming, () -> {
				long[] rows = new long[1];
				repository.forEachSlot(quizId, AttemptSelection.ALL, (attempt, question, mark, fraction, response) -> rows[0]++);
				return rows[0];
			});
			time(gradebook, () -> teaching.learners(COURSE, GradebookFilter.EVERYONE));
		}

		assertThat(result.attempts()).isGreaterThanOrEqualTo(LEARNERS * ATTEMPTS_EACH);
		assertThat(result.questions()).hasSize(37);
		System.out.printf("%nItem analysis benchmark: %,d finished attempts (%,d slots written in %d ms), %d questions"
				+ " drawn 20 at a time, embedded MariaDB%n%s%n%s%n%s%n%s%n%n", result.attempts(), slots,
				writing.toMillis(), result.questions().size(), line("analysis, all attempts", all),
				line("analysis, highest attempt each", counting), line("  of which: reading the slots", streaming),
				line("gradebook, %,d learners".formatted(teaching.learners(COURSE, GradebookFilter.EVERYONE).size()),
						gradebook) + "\n" + line("  right after the bulk load, before ANALYZE TABLE", staleStatistics));
		assertThat(median(all)).as("median of the analysis over every attempt").isLessThan(TARGET);
	}

	private static <T> T time(List<Duration> runs, Supplier<T> work) {
		long started = System.nanoTime();
		T result = work.get();
		runs.add(Duration.ofNanos(System.nanoTime() - started));
		return result;
	}

	private static Duration median(List<Duration> runs) {
		List<Duration> sorted = runs.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static String line(String step, List<Duration> runs) {
		return "%-34s min %5d ms   median %5d ms   runs: %s".formatted(step,
				runs.stream().min(Duration::compareTo).orElseThrow().toMillis(), median(runs).toMillis(),
				runs.stream().map(run -> String.valueOf(run.toMillis())).collect(Collectors.joining(", ")));
	}

}
