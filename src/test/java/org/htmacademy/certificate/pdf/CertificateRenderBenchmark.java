package org.htmacademy.certificate.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates rendered per second with every core busy, and the time per certificate. Not part of the default
 * test run; see docs/benchmarks/README.md. Each certificate has its own learner name and number, so nothing is
 * rendered from a cache; fonts are parsed once per JVM (DD005), as in the application.
 */
@Tag("benchmark")
class CertificateRenderBenchmark {

	/**
	 * About 10 s of rendering on every core before measuring: until then the JIT compilers are still at work on the
	 * same two cores, and a shorter warm-up measured them (270/s, against 396/s in a longer run).
	 */
	private static final int WARM_UP = Integer.getInteger("certificate.bench.warm-up", 4000);

	private static final int PER_THREAD = Integer.getInteger("certificate.bench.per-thread", 1500);

	@Test
	void certificates_per_second_on_all_cores() throws Exception {
		int threads = Runtime.getRuntime().availableProcessors();
		run(threads, WARM_UP / threads);
		long started = System.nanoTime();
		long[] latencies = run(threads, PER_THREAD);
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);
		double perSecond = latencies.length / seconds;
		System.out.printf("%nCertificate render benchmark: %d threads (= cores), %d certificates in %.2f s%n"
				+ "  %.0f certificates/s; per certificate p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n%n",
				threads, latencies.length, seconds, perSecond, ms(latencies, 0.50), ms(latencies, 0.95),
				ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
		assertThat(perSecond).as("certificates per second").isGreaterThanOrEqualTo(300);
		assertThat(ms(latencies, 0.95)).as("p95 ms").isLessThan(15);
	}

	private static long[] run(int threads, int perThread) throws Exception {
		List<Future<long[]>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			for (int t = 0; t < threads; t++) {
				int thread = t;
				results.add(pool.submit(() -> {
					long[] times = new long[perThread];
					for (int i = 0; i < perThread; i++) {
						CertificateDocument certificate = Certificates.withLearner("José Nuñez " + thread + "-" + i);
						long start = System.nanoTime();
						byte[] pdf = CertificatePdf.render(certificate);
						times[i] = System.nanoTime() - start;
						if (pdf.length < 1000) {
							throw new IllegalStateException("a certificate of " + pdf.length + " bytes");
						}
					}
					return times;
				}));
			}
			long[] all = new long[threads * perThread];
			for (int t = 0; t < threads; t++) {
				System.arraycopy(results.get(t).get(), 0, all, t * perThread, perThread);
			}
			return all;
		}
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

}
