package org.htmacademy.seattime.repository;

import java.time.Instant;
import java.util.Optional;

/** Active time per lesson, per attempt and per enrolment, and each learner's credit clock, in MariaDB. */
public interface SeatTimeRepository {

	/** The learner's enrolment in the course and the lesson of their version with this slug. */
	Optional<LessonTarget> findLesson(long userId, String courseSlug, String lessonSlug);

	/** The learner's own attempt with this public code. */
	Optional<AttemptTarget> findAttempt(long userId, String attemptCode);

	/** The learner's enrolment in the course, its version's minimum and their active time so far. */
	Optional<EnrolmentTime> findEnrolmentTime(long userId, String courseSlug);

	/**
	 * Up to when the learner's time has been credited, locked until the transaction ends so that reports of two tabs
	 * queue here; a learner never credited before starts at the epoch.
	 */
	Instant lockClock(long userId);

	void setClock(long userId, Instant creditedUntil);

	void addToLesson(long enrolmentId, long lessonId, int seconds, Instant now);

	/** @return false, adding nothing, when the attempt is no longer in progress */
	boolean addToAttempt(long attemptId, int seconds, Instant now);

	/** Adds to the enrolment's total and returns the new total with its version's minimum. */
	EnrolmentTime addToEnrolment(long enrolmentId, int seconds, Instant now);

	/** Records when the minimum was met; @return false when it was recorded before */
	boolean markSeatTimeMet(long enrolmentId, Instant at);

}
