package org.htmacademy.seattime;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.htmacademy.seattime.Visit.Kind;
import org.htmacademy.seattime.repository.EnrolmentTime;
import org.htmacademy.seattime.repository.SeatTimeRepository;
import org.htmacademy.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's active time: pages open it as a {@link Visit}, the browser reports what it measured, and
 * this service credits no more than the time that really passed (DD021). Every method acts for the current user on
 * their own enrolments only.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SeatTimeService {

	private final SeatTimeRepository repository;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SeatTimeService(SeatTimeRepository repository, CurrentUser currentUser, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.clock = clock;
		this.events = events;
	}

	/** @throws IllegalArgumentException when the learner is not enrolled or their version has no such lesson */
	@Transactional(readOnly = true)
	public Visit lessonVisit(String courseId, String lessonId) {
		long me = me();
		return repository.findLesson(me, courseId, lessonId)
			.map(lesson -> new Visit(Kind.LESSON, me, lesson.enrolmentId(), lesson.lessonId(), clock.instant(), 0))
			.orElseThrow(() -> new IllegalArgumentException("No lesson " + lessonId + " in your course " + courseId));
	}

	/** @throws IllegalArgumentException when the learner has no attempt with this code */
	@Transactional(readOnly = true)
	public Visit attemptVisit(String attemptCode) {
		long me = me();
		return repository.findAttempt(me, attemptCode)
			.map(attempt -> new Visit(Kind.ATTEMPT, me, attempt.enrolmentId(), attempt.attemptId(), clock.instant(), 0))
			.orElseThrow(() -> new IllegalArgumentException("No attempt " + attemptCode + " of yours"));
	}

	/**
	 * Credits what the browser measured on the page, clamped so that the page is never credited more than the time
	 * that passed since it opened, nor the learner more than the time since any of their pages was last credited;
	 * time on a submitted attempt is not credited.
	 *
	 * @return the visit to report on next time
	 */
	public Visit report(Visit visit, int claimedSeconds) {
		long me = me();
		if (visit.userId() != me) {
			throw new AccessDeniedException("This page belongs to another learner");
		}
		Instant now = clock.instant();
		if (claimedSeconds <= 0) {
			return visit;
		}
		Instant learnerSince = repository.lockClock(me);
		int credited = ActiveTimeClamp.credit(claimedSeconds, visit.opened(), visit.creditedSeconds(), learnerSince,
				now);
		if (credited > 0 && visit.kind() == Kind.ATTEMPT && !repository.addToAttempt(visit.targetId(), credited, now)) {
			credited = 0;
		}
		if (credited > 0) {
			if (visit.kind() == Kind.LESSON) {
				repository.addToLesson(visit.enrolmentId(), visit.targetId(), credited, now);
			}
			EnrolmentTime total = repository.addToEnrolment(visit.enrolmentId(), credited, now);
			if (total.minimumSeatMinutes() > 0 && total.activeSeconds() >= total.minimumSeatMinutes() * 60L
					&& repository.markSeatTimeMet(visit.enrolmentId(), now)) {
				events.publishEvent(new SeatTimeMet(me, visit.enrolmentId()));
			}
			repository.setClock(me, ActiveTimeClamp.learnerClockAfter(learnerSince, credited, now));
		}
		return visit.credited(credited);
	}

	/** The learner's active time in their version of the course; empty when they are not enrolled. */
	@Transactional(readOnly = true)
	public Optional<SeatTime> seatTime(String courseId) {
		return repository.findEnrolmentTime(me(), courseId)
			.map(time -> new SeatTime(time.minimumSeatMinutes(), time.activeSeconds(), time.hasFinalExam()));
	}

	private long me() {
		return currentUser.require().userId();
	}

}
