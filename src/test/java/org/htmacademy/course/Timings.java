package org.htmacademy.course;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Wall-clock times of repeated runs of one step, summarised as min and median. */
final class Timings {

	private final String step;

	private final Duration target;

	private final List<Duration> runs = new ArrayList<>();

	Timings(String step, Duration target) {
		this.step = step;
		this.target = target;
	}

	<T> T measure(Supplier<T> run) {
		long started = System.nanoTime();
		T result = run.get();
		runs.add(Duration.ofNanos(System.nanoTime() - started));
		return result;
	}

	Duration min() {
		return sorted().getFirst();
	}

	Duration median() {
		List<Duration> sorted = sorted();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

	String line() {
		return "%-36s min %6d ms   median %6d ms   target < %2d s: %-4s   runs: %s".formatted(step, min().toMillis(),
				median().toMillis(), target.toSeconds(), median().compareTo(target) < 0 ? "met" : "MISSED",
				runs.stream().map(run -> String.valueOf(run.toMillis())).collect(Collectors.joining(", ")));
	}

	private List<Duration> sorted() {
		return runs.stream().sorted().toList();
	}

}
