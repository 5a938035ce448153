package org.htmacademy.seattime;

import java.time.Duration;
import java.time.Instant;

/**
 * How much of a browser's claim of active time is credited. The browser is not trusted: it cannot be credited more
 * than the time that really passed on the server's clock since this page last reported (or opened), nor more than
 * has passed since any page of the same learner was last credited, so two tabs cannot count the same minute twice.
 */
final class ActiveTimeClamp {

	private ActiveTimeClamp() {
	}

	/**
	 * @param claimed whole seconds the browser says the learner was active; negative counts as 0
	 * @param pageSince when this page last reported, or opened
	 * @param learnerSince up to when the learner's time has been credited, across all their pages
	 * @return whole seconds to credit, from 0 to {@code claimed}
	 */
	static int credit(int claimed, Instant pageSince, Instant learnerSince, Instant now) {
		long page = seconds(pageSince, now);
		long learner = seconds(learnerSince, now);
		return (int) Math.max(0, Math.min(claimed, Math.min(page, learner)));
	}

	private static long seconds(Instant since, Instant now) {
		return since.isAfter(now) ? 0 : Duration.between(since, now).toSeconds();
	}

}
