package org.htmacademy.quiz;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Every latency of one kind of service call, kept whole rather than in histogram buckets; each caller writes
 * its own slots, so recording takes no lock. Percentiles are nearest-rank over all calls.
 */
final class Latencies {

	private static final long NOT_MADE = -1;

	private final String call;

	private final long[] nanos;

	private final long[] queuedNanos;

	private final long[] poolWaitNanos;

	private final long[] cpuNanos;

	private final long[] databaseCpuNanos;

	private final Duration target;

	Latencies(String call, int calls, Duration target) {
		this.call = call;
		this.nanos = new long[calls];
		this.queuedNanos = new long[calls];
		this.poolWaitNanos = new long[calls];
		this.cpuNanos = new long[calls];
		this.databaseCpuNanos = new long[calls];
		Arrays.fill(nanos, NOT_MADE);
		this.target = target;
	}

	/**
	 * @param queued the part of the call spent waiting for a request thread
	 * @param poolWait the part spent waiting for a database connection
	 */
	void record(int index, long elapsedNanos, long queued, long poolWait) {
		nanos[index] = elapsedNanos;
		queuedNanos[index] = queued;
		poolWaitNanos[index] = poolWait;
	}

	/** CPU time of the calling thread and of the database server during the call; zero when not measured. */
	void recordCpu(int index, long threadNanos, long databaseNanos) {
		cpuNanos[index] = threadNanos;
		databaseCpuNanos[index] = databaseNanos;
	}

	/** Calls made, failed ones included; a learner who failed earlier never made the rest. */
	int count() {
		return (int) Arrays.stream(nanos).filter(t -> t != NOT_MADE).count();
	}

	String line() {
		long[] sorted = sorted(made(nanos));
		long[] queued = sorted(made(queuedNanos));
		long[] waits = sorted(made(poolWaitNanos));
		if (sorted.length == 0) {
			return call + " no calls";
		}
		String verdict = target == null ? ""
				: "target p95 < %d ms: %s".formatted(target.toMillis(),
						percentile(sorted, 95) < target.toNanos() ? "met" : "MISSED");
		String cpu = Arrays.stream(cpuNanos).allMatch(t -> t == 0) ? ""
				: "  CPU per call: JVM thread %.2f ms, MariaDB %.2f ms".formatted(mean(cpuNanos), mean(databaseCpuNanos));
		return ("%-6s %5d calls  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms  (of which queued for a request thread"
				+ " p50 %6.1f  p95 %6.1f, waiting for a connection p50 %5.1f  p95 %5.1f ms)  %s%s")
			.formatted(call, sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
					ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), ms(percentile(queued, 50)),
					ms(percentile(queued, 95)), ms(percentile(waits, 50)), ms(percentile(waits, 95)), verdict, cpu);
	}

	private long[] made(long[] values) {
		return IntStream.range(0, values.length).filter(i -> nanos[i] != NOT_MADE)
			.mapToLong(i -> values[i]).toArray();
	}

	private static long[] sorted(long[] values) {
		long[] copy = values.clone();
		Arrays.sort(copy);
		return copy;
	}

	private static long percentile(long[] sorted, double percent) {
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private double mean(long[] values) {
		return ms((long) Arrays.stream(made(values)).average().orElse(0));
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
