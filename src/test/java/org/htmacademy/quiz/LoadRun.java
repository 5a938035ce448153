package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.htmacademy.database.EmbeddedMariaDb;
import org.htmacademy.learning.LearningService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One measured run, modelled on how the application serves the quiz page: each learner is a virtual thread that
 * waits for the answer to each of its calls (enrol, start the attempt, one save per answer in sheet order,
 * submit), and each call is a request served by one of {@code requestThreads} platform threads, as Tomcat's
 * workers serve UI requests (200 by default), signed in as the learner for that call. Requests beyond that queue
 * in arrival order; the threads serving them compete for the connection pool. With no think time every learner
 * always has a request waiting: the closed loop of a load test.
 */
final class LoadRun {

	/** A learner of the run; the first {@code wrongAnswers} questions of the sheet are answered wrong. */
	record Learner(long userId, SecurityContext context, int wrongAnswers) {

		BigDecimal expectedScore() {
			return BigDecimal.valueOf(100L * (BenchmarkExam.DRAWN - wrongAnswers), 0)
				.divide(BigDecimal.valueOf(BenchmarkExam.DRAWN));
		}

	}

	/**
	 * How learners pace themselves: each starts at a random moment within {@code ramp} and waits a random think
	 * time, uniform between 0 and twice {@code meanThink}, before each call. {@code oneAtATime} runs the learners
	 * in turn on one platform thread instead, to measure what each call costs with nothing competing for it.
	 */
	record Pace(String name, Duration meanThink, Duration ramp, boolean oneAtATime) {

		static final Pace BURST = new Pace("burst: all at once, no think time", Duration.ZERO, Duration.ZERO, false);

		static final Pace ONE_AT_A_TIME = new Pace("one learner at a time, no think time", Duration.ZERO,
				Duration.ZERO, true);

	}

	final Latencies enrol;

	final Latencies start;

	final Latencies save;

	final Latencies submit;

	final Queue<String> failures = new ConcurrentLinkedQueue<>();

	private final Set<Integer> failed = ConcurrentHashMap.newKeySet();

	private final long[] firstSaveStarted;

	private final long[] lastSaveEnded;

	private final List<Learner> learners;

	private final Pace pace;

	private final int requestThreads;

	private ExecutorService requests;

	private final QuizService quizzes;

	private final LearningService learning;

	private final SecurityContextHolderStrategy securityContext;

	private long wallNanos;

	private CallCpu cpu = CallCpu.NONE;

	/**
	 * @param requestThreads how many calls run at once, as a servlet container's worker threads allow (Tomcat's
	 * default is 200); further calls queue for one in arrival order
	 */
	LoadRun(List<Learner> learners, Pace pace, int requestThreads, QuizService quizzes, LearningService learning,
			SecurityContextHolderStrategy securityContext) {
		this.learners = learners;
		this.requestThreads = requestThreads;
		this.pace = pace;
		this.quizzes = quizzes;
		this.learning = learning;
		this.securityContext = securityContext;
		int n = learners.size();
		enrol = new Latencies("enrol", n, null);
		start = new Latencies("start", n, null);
		save = new Latencies("save", n * BenchmarkExam.DRAWN, Duration.ofMillis(20));
		submit = new Latencies("submit", n, Duration.ofMillis(100));
		firstSaveStarted = new long[n];
		lastSaveEnded = new long[n];
	}

	LoadRun run(String courseId, long quizId, Optional<EmbeddedMariaDb> server) throws InterruptedException {
		int threads = pace.oneAtATime() ? 1 : requestThreads;
		CountDownLatch go = new CountDownLatch(1);
		long started;
		try (ExecutorService requests = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("request-", 1).factory());
				ExecutorService learnerThreads = Executors.newVirtualThreadPerTaskExecutor()) {
			this.requests = requests;
			if (pace.oneAtATime()) {
				cpu = CallCpu.find(server);
				learnerThreads.submit(() -> {
					go.await();
					for (int i = 0; i < learners.size(); i++) {
						take(i, courseId, quizId);
					}
					return null;
				});
			}
			else {
				for (int i = 0; i < learners.size(); i++) {
					int learner = i;
					learnerThreads.submit(() -> {
						go.await();
						take(learner, courseId, quizId);
						return null;
					});
				}
			}
			started = System.nanoTime();
			go.countDown();
			learnerThreads.close();
			wallNanos = System.nanoTime() - started;
		}
		return this;
	}

	private void take(int i, String courseId, long quizId) {
		Learner learner = learners.get(i);
		try {
			pause(pace.ramp().toNanos());
			think();
			timed(enrol, i, learner, () -> learning.enrol(courseId));
			think();
			AttemptSheet sheet = timed(start, i, learner, () -> quizzes.startOrResume(quizId));
			for (int k = 0; k < sheet.questions().size(); k++) {
				SheetQuestion question = sheet.questions().get(k);
				Response answer = BenchmarkExam.answer(question, k >= learner.wrongAnswers());
				think();
				long before = System.nanoTime();
				firstSaveStarted[i] = k == 0 ? before : firstSaveStarted[i];
				timed(save, i * BenchmarkExam.DRAWN + k, learner, () -> {
					quizzes.saveAnswer(sheet.code(), question.slot(), answer);
					return null;
				});
				lastSaveEnded[i] = System.nanoTime();
			}
			think();
			AttemptResult result = timed(submit, i, learner, () -> quizzes.submit(sheet.code()));
			if (result.score().compareTo(learner.expectedScore()) != 0 || result.answeredCount() != BenchmarkExam.DRAWN) {
				failed.add(i);
				failures.add("learner %d: score %s with %d answers, expected %s with %d".formatted(i, result.score(),
						result.answeredCount(), learner.expectedScore(), BenchmarkExam.DRAWN));
			}
		}
		catch (RuntimeException | InterruptedException e) {
			failed.add(i);
			failures.add("learner " + i + ": " + e);
		}
	}

	/**
	 * One request: it waits for a request thread, which signs the learner in for the call as the security filter
	 * does, and the learner waits for the answer. Failed calls count too, with the time they took to fail.
	 */
	private <T> T timed(Latencies latencies, int index, Learner learner, Supplier<T> call)
			throws InterruptedException {
		long submitted = System.nanoTime();
		Future<T> response = requests.submit(() -> {
			long queued = System.nanoTime() - submitted;
			securityContext.setContext(learner.context());
			SecurityContextHolder.setContext(learner.context());
			long waitedBefore = PoolWaits.mine();
			long cpuBefore = cpu.thread();
			long databaseBefore = cpu.database();
			try {
				return call.get();
			}
			finally {
				latencies.record(index, System.nanoTime() - submitted, queued, PoolWaits.mine() - waitedBefore);
				latencies.recordCpu(index, cpu.thread() - cpuBefore, cpu.database() - databaseBefore);
				securityContext.clearContext();
				SecurityContextHolder.clearContext();
			}
		});
		try {
			return response.get();
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
		}
	}

	private void think() throws InterruptedException {
		pause(2 * pace.meanThink().toNanos());
	}

	private static void pause(long upToNanos) throws InterruptedException {
		if (upToNanos > 0) {
			Thread.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(upToNanos)));
		}
	}

	/** Answers saved per second from the first save of the run to the last. */
	double answersPerSecond() {
		return save.count() / savePhaseSeconds();
	}

	double savePhaseSeconds() {
		long first = Arrays.stream(firstSaveStarted).filter(t -> t != 0).min().orElse(0);
		long last = Arrays.stream(lastSaveEnded).filter(t -> t != 0).max().orElse(0);
		return (last - first) / 1e9;
	}

	double wallSeconds() {
		return wallNanos / 1e9;
	}

	Pace pace() {
		return pace;
	}

	/** The learners whose attempt went through. */
	List<Learner> finished() {
		return IntStream.range(0, learners.size()).filter(i -> !failed.contains(i)).mapToObj(learners::get).toList();
	}

}
