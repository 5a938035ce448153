package org.htmacademy.seattime;

import java.time.Duration;
import java.time.Instant;

/**
 * How much of a browser's claim of active time is credited (DD021). The browser is not trusted: a page is never
 * credited more in total than the time that really passed on the server's clock since it opened, and a learner's
 * pages together never more than the time that passed since their last credit, so two tabs cannot count the same
 * minute twice. Both budgets are kept to the millisecond, so the seconds lost to rounding and network delay between
 * batches do not add up.
 */
final class ActiveTimeClamp {

	/**
	 * How far a learner's credit clock may lag behind now: a report that arrives a little late or early does not lose
	 * its last second, while two tabs can at most count these few seconds twice after a pause.
	 */
	static final Duration SLACK = Duration.ofSeconds(10);

	private ActiveTimeClamp() {
	}

	/**
	 * @param claimed whole seconds the browser says the learner was active since its last report; negative counts as 0
	 * @param pageOpened when the page opened, on the server's clock
	 * @param pageCredited seconds already credited to the page
	 * @param learnerSince up to when the learner's time has been credited, across all their pages
	 * @return whole seconds to credit, from 0 to {@code claimed}
	 */
	static int credit(int claimed, Instant pageOpened, int pageCredited, Instant learnerSince, Instant now) {
		long page = millis(pageOpened, now) - pageCredited * 1000L;
		long learner = millis(learnerSince, now);
		return (int) Math.max(0, Math.min(claimed, Math.min(page, learner) / 1000));
	}

	/** The learner's credit clock after crediting {@code credited} seconds now. */
	static Instant learnerClockAfter(Instant learnerSince, int credited, Instant now) {
		Instant consumed = learnerSince.plusSeconds(credited);
		Instant earliest = now.minus(SLACK);
		return consumed.isAfter(earliest) ? consumed : earliest;
	}

	private static long millis(Instant since, Instant now) {
		return since.isAfter(now) ? 0 : Duration.between(since, now).toMillis();
	}

}
