package org.htmacademy.quiz;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.htmacademy.HtmSpringTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.QUIZ_ATTEMPT;

/**
 * Two "Start the quiz" clicks of one learner at the same moment (two tabs, a double click on a slow line). The first
 * start holds its transaction open until the second has had every chance to run into it; the second must then
 * continue the attempt the first made, not fail on the attempt number the first took.
 */
@HtmSpringTest
class SimultaneousStartTest extends QuizServiceTestBase {

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DSLContext dsl;

	@Test
	void a_second_start_at_the_same_moment_continues_the_attempt_the_first_one_made() throws Exception {
		long quizId = moduleQuiz().quizId();
		CountDownLatch firstStarted = new CountDownLatch(1);
		AtomicReference<CompletableFuture<String>> second = new AtomicReference<>();

		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
			signIn.as(learner);
			try {
				return transaction.execute(status -> {
					String code = quizzes.startOrResume(quizId).code();
					firstStarted.countDown();
					waitAWhileFor(second);
					return code;
				});
			}
			finally {
				signIn.out();
			}
		});
		firstStarted.await(30, TimeUnit.SECONDS);
		second.set(CompletableFuture.supplyAsync(() -> {
			signIn.as(learner);
			try {
				return quizzes.startOrResume(quizId).code();
			}
			finally {
				signIn.out();
			}
		}));

		String firstCode = first.get(30, TimeUnit.SECONDS);
		assertThat(second.get().get(30, TimeUnit.SECONDS)).isEqualTo(firstCode);
		assertThat(dsl.fetchCount(QUIZ_ATTEMPT.join(APP_USER).on(APP_USER.ID.eq(QUIZ_ATTEMPT.USER_ID)),
				QUIZ_ATTEMPT.QUIZ_ID.eq(quizId).and(APP_USER.EMAIL.eq(learner))))
			.isOne();
	}

	/** Until the second start has finished, or, when it waits for this one's lock, for two seconds. */
	private static void waitAWhileFor(AtomicReference<CompletableFuture<String>> second) {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
		while (second.get() == null && System.nanoTime() < until) {
			Thread.onSpinWait();
		}
		if (second.get() != null) {
			try {
				second.get().get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			catch (TimeoutException stillWaiting) {
				// it waits for this transaction: commit now and let it go on
			}
			catch (Exception failed) {
				// the assertions report it
			}
		}
	}

}
