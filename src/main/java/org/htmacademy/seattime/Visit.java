package org.htmacademy.seattime;

import java.time.Instant;

/**
 * One open page whose active time is recorded: a lesson or a quiz attempt of the signed-in learner. Only
 * {@link SeatTimeService} makes one, after checking the page is the learner's own; the page is never credited more
 * than the time since {@link #opened()}.
 */
public final class Visit {

	enum Kind {
		LESSON, ATTEMPT
	}

	private final Kind kind;

	private final long userId;

	private final long enrolmentId;

	private final long targetId;

	private final Instant opened;

	private final int creditedSeconds;

	Visit(Kind kind, long userId, long enrolmentId, long targetId, Instant opened, int creditedSeconds) {
		this.kind = kind;
		this.userId = userId;
		this.enrolmentId = enrolmentId;
		this.targetId = targetId;
		this.opened = opened;
		this.creditedSeconds = creditedSeconds;
	}

	Kind kind() {
		return kind;
	}

	long userId() {
		return userId;
	}

	long enrolmentId() {
		return enrolmentId;
	}

	/** The lesson's or the attempt's database id. */
	long targetId() {
		return targetId;
	}

	/** When the page opened, on the server's clock. */
	Instant opened() {
		return opened;
	}

	/** Seconds credited to this page so far. */
	public int creditedSeconds() {
		return creditedSeconds;
	}

	Visit credited(int seconds) {
		return new Visit(kind, userId, enrolmentId, targetId, opened, creditedSeconds + seconds);
	}

}
