package org.htmacademy.certificate;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Certificates waiting to be issued, worked off by two threads of their own.
 * <p>
 * A completion event arrives while the learner's request still holds its database connection, even though its
 * transaction has committed. Issuing there would take a second connection, and twenty learners finishing at once
 * would hold all twenty and each wait for another one (DD016). Queued here, the learner's request returns its
 * connection at once, and each issue takes one connection of its own.
 * <p>
 * So that the learner is told on the very next page, reading their own certificates first waits, briefly, for the
 * certificates still queued for them ({@link #settle}). Should the application stop with work queued, the sweep
 * issues it on the next start.
 */
@Component
class PendingCertificates implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PendingCertificates.class);

	private static final CompletableFuture<Void> NOTHING = CompletableFuture.completedFuture(null);

	private final ExecutorService issuers = Executors
		.newFixedThreadPool(2, Thread.ofPlatform().name("certificate-issuer-", 1).daemon().factory());

	/** The last queued issue of each learner; each waits for the learner's one before it. */
	private final ConcurrentMap<Long, CompletableFuture<Void>> lastByLearner = new ConcurrentHashMap<>();

	/** Queues {@code issue} behind the learner's earlier ones and returns at once. */
	void queue(long learnerId, Runnable issue) {
		CompletableFuture<Void> queued = lastByLearner.compute(learnerId,
				(id, before) -> (before == null ? NOTHING : before).exceptionally(failure -> null)
					.thenRunAsync(issue, issuers));
		queued.whenComplete((done, failure) -> lastByLearner.remove(learnerId, queued));
	}

	/**
	 * Waits until the learner's queued certificates are issued, or until {@code atMost} has passed.
	 * @return whether nothing is queued for the learner any more
	 */
	boolean settle(long learnerId, Duration atMost) {
		CompletableFuture<Void> last = lastByLearner.get(learnerId);
		if (last == null) {
			return true;
		}
		try {
			last.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (ExecutionException failed) {
			return true; // logged where it failed; the sweep tries again
		}
		catch (TimeoutException stillQueued) {
			log.warn("Certificates of learner {} still queued after {}", learnerId, atMost);
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Issues what is queued before the application stops, for up to 10 s; the sweep issues the rest later. */
	@Override
	public void destroy() throws InterruptedException {
		issuers.shutdown();
		if (!issuers.awaitTermination(10, TimeUnit.SECONDS)) {
			log.warn("{} queued certificates left for the sweep", issuers.shutdownNow().size());
		}
	}

}
