package org.htmacademy.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.account.repository.AccountRepository;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.database.EmbeddedMariaDb;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.LoadRun.Learner;
import org.htmacademy.quiz.LoadRun.Pace;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz service under N concurrent learners on the embedded MariaDB, as the issue asks: each learner enrols,
 * starts the final exam, saves 20 answers one call at a time and submits. Reports answers saved per second and
 * the latency percentiles of every call, then checks in the database that every answer is stored and every
 * attempt is finished with its expected score. Not part of the default run; see docs/benchmarks/README.md.
 */
@HtmSpringTest
@Tag("benchmark")
class QuizLoadBenchmark {

	static final String PASSWORD = "check the ground pin";

	/** Tomcat's default worker threads ({@code server.tomcat.threads.max}): every UI event is one request. */
	static final int REQUEST_THREADS = Integer.getInteger("quiz.bench.request-threads", 200);

	@TempDir
	Path tree;

	@Autowired
	QuizService quizzes;

	@Autowired
	LearningService learning;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	UserDetailsService users;

	@Autowired
	SecurityContextHolderStrategy securityContext;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DSLContext dsl;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	@Autowired
	ObjectProvider<EmbeddedMariaDb> embeddedServer;

	final String token = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);

	@Test
	void concurrent_learners_save_every_answer_and_submit() throws InterruptedException {
		String courseId = BenchmarkExam.writeCourse(tree);
		ByteArrayOutputStream report = new ByteArrayOutputStream();
		assertThat(importer.run(tree, new PrintStream(report, true))).as(report.toString()).isZero();
		long quizId = finalExamOf(courseId);
		PoolWaits.install(dataSource);
		Integer poolSize = Integer.getInteger("quiz.bench.pool");
		if (poolSize != null && dataSource instanceof HikariDataSource hikari) {
			hikari.setMaximumPoolSize(poolSize);
			hikari.setMinimumIdle(poolSize);
		}

		System.out.printf("%nQuiz load benchmark, %d CPUs, %s; %d request threads%n",
				Runtime.getRuntime().availableProcessors(), serverSettings(), REQUEST_THREADS);
		run("warm-up", 200, Pace.BURST, courseId, quizId);
		List<String> failures = new ArrayList<>();
		int alone = Integer.getInteger("quiz.bench.alone", 100);
		if (alone > 0) {
			failures.addAll(run("N = " + alone, alone, Pace.ONE_AT_A_TIME, courseId, quizId));
		}
		for (int n : learnerCounts()) {
			for (Pace pace : paces()) {
				failures.addAll(run("N = " + n, n, pace, courseId, quizId));
			}
		}
		assertThat(failures).as("learners whose attempt failed").isEmpty();
	}

	/** Prints the figures of one run and checks the database; returns the learners whose attempt failed. */
	private List<String> run(String label, int n, Pace pace, String courseId, long quizId)
			throws InterruptedException {
		List<Learner> learners = newLearners(label, n);
		String loadBefore = loadAverage();
		ServerCounters before = ServerCounters.read(dsl);
		CpuTimes cpuBefore = CpuTimes.read(server());
		LoadRun run = new LoadRun(learners, pace, REQUEST_THREADS, quizzes, learning, securityContext).run(courseId, quizId, server());
		CpuTimes cpuAfter = CpuTimes.read(server());
		ServerCounters after = ServerCounters.read(dsl);
		String loadAfter = loadAverage();
		int calls = run.enrol.count() + run.start.count() + run.save.count() + run.submit.count();
		List<Learner> finished = run.finished();
		new AttemptCheck(dsl).verify(quizId, finished);
		System.out.println(String.join("\n", "%s, %s, %.1f s (load average before %s, after %s)".formatted(label,
				pace.name(), run.wallSeconds(), loadBefore, loadAfter),
				"  answers saved per second: %.0f (%d answers in %.2f s)".formatted(run.answersPerSecond(),
						run.save.count(), run.savePhaseSeconds()),
				"  " + run.enrol.line(), "  " + run.start.line(), "  " + run.save.line(), "  " + run.submit.line(),
				"  " + after.since(before, calls, run.save.count()) + "; " + cpuAfter.since(cpuBefore, calls),
				"  verified in the database: %d attempts FINISHED with the expected score, %d answers in attempt_slot%s"
					.formatted(finished.size(), finished.size() * BenchmarkExam.DRAWN,
							run.failures.isEmpty() ? "" : "; %d learners FAILED, e.g. %s".formatted(run.failures.size(),
									run.failures.peek()))));
		return run.failures.stream().map(failure -> label + ", " + failure).toList();
	}

	/** Real learner accounts, each with their own signed-in security context. */
	private List<Learner> newLearners(String label, int n) {
		String hash = passwords.encode(PASSWORD);
		String run = label.replaceAll("[^a-z0-9]", "") + "-" + ThreadLocalRandom.current().nextInt(1_000_000);
		List<String> emails = new ArrayList<>();
		transaction.executeWithoutResult(status -> {
			for (int i = 0; i < n; i++) {
				String email = "load-%s-%s-%d@example.org".formatted(token, run, i);
				accounts.insert(email, hash, "Learner " + i, EnumSet.of(Role.LEARNER), clock.instant());
				emails.add(email);
			}
		});
		List<Learner> learners = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			UserDetails user = users.loadUserByUsername(emails.get(i));
			SecurityContext context = securityContext.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			learners.add(new Learner(((SignedInUser) user).userId(), context, i % 8));
		}
		return learners;
	}

	private long finalExamOf(String courseId) {
		Learner author = newLearners("setup", 1).getFirst();
		securityContext.setContext(author.context());
		SecurityContextHolder.setContext(author.context());
		try {
			learning.enrol(courseId);
			return quizzes.quizzesOf(courseId).stream().filter(QuizStatus::finalExam).findFirst().orElseThrow().quizId();
		}
		finally {
			securityContext.clearContext();
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<EmbeddedMariaDb> server() {
		return Optional.ofNullable(embeddedServer.getIfAvailable());
	}

	/** The settings that decide durability and speed, so a figure can be read with them. */
	private String serverSettings() {
		Record server = dsl.resultQuery("SELECT VERSION(), @@innodb_flush_log_at_trx_commit, @@innodb_flush_method,"
				+ " @@innodb_buffer_pool_size DIV 1048576, @@log_bin, @@transaction_isolation")
			.fetchSingle();
		int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : -1;
		return ("MariaDB %s, innodb_flush_log_at_trx_commit=%s, innodb_flush_method=%s, buffer pool %s MB, binary log %s,"
				+ " %s; connection pool %d").formatted(server.get(0), server.get(1), server.get(2), server.get(3),
						server.get(4), server.get(5), pool);
	}

	private static List<Integer> learnerCounts() {
		return Arrays.stream(System.getProperty("quiz.bench.learners", "100,1000").split(","))
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
	}

	/** The burst always; a paced run too unless {@code quiz.bench.think-ms} is 0. */
	private static List<Pace> paces() {
		long think = Long.getLong("quiz.bench.think-ms", 3000);
		long ramp = Long.getLong("quiz.bench.ramp-ms", 10_000);
		if (think == 0) {
			return List.of(Pace.BURST);
		}
		return List.of(Pace.BURST, new Pace("paced: starts spread over %d s, think time 0-%d s before each call"
			.formatted(ramp / 1000, 2 * think / 1000), Duration.ofMillis(think), Duration.ofMillis(ramp), false));
	}

	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return String.join(" ", fields[0], fields[1], fields[2]);
		}
		catch (IOException e) {
			return "n/a";
		}
	}

}
