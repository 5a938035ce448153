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
 * rendered from a cache; fonts are parsed once per JVM (DD005), as in the application. Latin names are bounded
 * (at least 300/s, p95 under 15 ms on 2 cores); Chinese and Arabic names, which take other fonts and paths (DD024),
 * are reported beside them.
 */
@Tag("benchmark")
class CertificateRenderBenchmark {

	/**
	 * About 10 s of rendering on every core before measuring: until then the JIT compilers are still at work on the
	 * same two cores, and a shorter warm-up measured them (270/s, against 396/s in a longer run).
	 */
	private static final int WARM_UP = Integer.getInteger("certificate.bench.warm-up", 4000);

	private static final int PER_THREAD = Integer.getInteger("certificate.bench.per-thread", 1500);

	private static final String[] HAN_FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");

	private static final String[] HAN_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华玲德美".split("");

	private static final String[] ARABIC_GIVEN = { "محمد", "أحمد", "فاطمة", "علي", "عائشة", "يوسف", "مريم", "حسن",
			"خديجة", "عمر", "زينب", "إبراهيم" };

	private static final String[] ARABIC_FAMILY = { "الحسيني", "العتيبي", "القحطاني", "الشمري", "حداد", "النجار",
			"الخطيب", "منصور", "سلمان", "البغدادي", "الزهراني" };

	@Test
	void latin_certificates_per_second_on_all_cores() throws Exception {
		Figures figures = measure("Latin", (thread, i) -> "José Nuñez " + thread + "-" + i);
		assertThat(figures.perSecond()).as("certificates per second").isGreaterThanOrEqualTo(300);
		assertThat(figures.p95()).as("p95 ms").isLessThan(15);
	}

	/** Reported, not bounded: each certificate embeds a subset of a 17 MB face and shapes nothing. */
	@Test
	void chinese_certificates_per_second_on_all_cores() throws Exception {
		measure("Chinese", (thread, i) -> HAN_FAMILY[i % HAN_FAMILY.length] + HAN_GIVEN[(i / 3 + thread) % HAN_GIVEN.length]
				+ HAN_GIVEN[(i * 7) % HAN_GIVEN.length]);
	}

	/** Reported, not bounded: each certificate runs the bidi algorithm and HarfBuzz on the name. */
	@Test
	void arabic_certificates_per_second_on_all_cores() throws Exception {
		measure("Arabic", (thread, i) -> ARABIC_GIVEN[(i + thread) % ARABIC_GIVEN.length] + " "
				+ ARABIC_FAMILY[(i / 2) % ARABIC_FAMILY.length]);
	}

	private interface Names {

		String name(int thread, int i);

	}

	private record Figures(double perSecond, double p95) {
	}

	private static Figures measure(String script, Names names) throws Exception {
		int threads = Runtime.getRuntime().availableProcessors();
		run(threads, WARM_UP / threads, names);
		long started = System.nanoTime();
		long[] latencies = run(threads, PER_THREAD, names);
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);
		double perSecond = latencies.length / seconds;
		System.out.printf("%nCertificate render benchmark, %s names: %d threads (= cores), %d certificates in %.2f s%n"
				+ "  %.0f certificates/s; per certificate p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n%n",
				script, threads, latencies.length, seconds, perSecond, ms(latencies, 0.50), ms(latencies, 0.95),
				ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
		return new Figures(perSecond, ms(latencies, 0.95));
	}

	private static long[] run(int threads, int perThread, Names names) throws Exception {
		List<Future<long[]>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			for (int t = 0; t < threads; t++) {
				int thread = t;
				results.add(pool.submit(() -> {
					long[] times = new long[perThread];
					for (int i = 0; i < perThread; i++) {
						CertificateDocument certificate = Certificates.withLearner(names.name(thread, i));
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
