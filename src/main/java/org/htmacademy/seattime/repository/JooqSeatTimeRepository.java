package org.htmacademy.seattime.repository;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import static org.htmacademy.common.UtcTime.fromColumn;
import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.ATTEMPT_ACTIVE_TIME;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.ENROLMENT_ACTIVE_TIME;
import static org.htmacademy.jooq.Tables.LEARNER_TIME_CLOCK;
import static org.htmacademy.jooq.Tables.LESSON;
import static org.htmacademy.jooq.Tables.LESSON_ACTIVE_TIME;
import static org.htmacademy.jooq.Tables.QUIZ;
import static org.htmacademy.jooq.Tables.QUIZ_ATTEMPT;

@Repository
class JooqSeatTimeRepository implements SeatTimeRepository {

	private static final String IN_PROGRESS = "IN_PROGRESS";

	private static final Field<Integer> ACTIVE_SECONDS = DSL.coalesce(ENROLMENT_ACTIVE_TIME.ACTIVE_SECONDS, 0);

	private static final Field<Boolean> HAS_FINAL_EXAM = DSL.field(DSL.exists(DSL.selectOne()
		.from(QUIZ)
		.where(QUIZ.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID).and(QUIZ.MODULE_ID.isNull()))));

	private final DSLContext dsl;

	JooqSeatTimeRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public Optional<LessonTarget> findLesson(long userId, String courseSlug, String lessonSlug) {
		return dsl.select(ENROLMENT.ID, LESSON.ID)
			.from(ENROLMENT)
			.join(COURSE)
			.on(COURSE.ID.eq(ENROLMENT.COURSE_ID))
			.join(COURSE_MODULE)
			.on(COURSE_MODULE.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID))
			.join(LESSON)
			.on(LESSON.MODULE_ID.eq(COURSE_MODULE.ID))
			.where(ENROLMENT.USER_ID.eq(userId).and(COURSE.SLUG.eq(courseSlug)).and(LESSON.SLUG.eq(lessonSlug)))
			.limit(1)
			.fetchOptional(r -> new LessonTarget(r.value1(), r.value2()));
	}

	@Override
	public Optional<AttemptTarget> findAttempt(long userId, String attemptCode) {
		return dsl.select(QUIZ_ATTEMPT.ID, QUIZ_ATTEMPT.ENROLMENT_ID, QUIZ_ATTEMPT.STATE)
			.from(QUIZ_ATTEMPT)
			.where(QUIZ_ATTEMPT.PUBLIC_CODE.eq(attemptCode).and(QUIZ_ATTEMPT.USER_ID.eq(userId)))
			.fetchOptional(r -> new AttemptTarget(r.value1(), r.value2(), IN_PROGRESS.equals(r.value3())));
	}

	@Override
	public Optional<EnrolmentTime> findEnrolmentTime(long userId, String courseSlug) {
		return dsl.select(ENROLMENT.ID, COURSE_VERSION.MINIMUM_SEAT_MINUTES, ACTIVE_SECONDS, HAS_FINAL_EXAM)
			.from(ENROLMENT)
			.join(COURSE)
			.on(COURSE.ID.eq(ENROLMENT.COURSE_ID))
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(ENROLMENT.COURSE_VERSION_ID))
			.leftJoin(ENROLMENT_ACTIVE_TIME)
			.on(ENROLMENT_ACTIVE_TIME.ENROLMENT_ID.eq(ENROLMENT.ID))
			.where(ENROLMENT.USER_ID.eq(userId).and(COURSE.SLUG.eq(courseSlug)))
			.fetchOptional(r -> new EnrolmentTime(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	@Override
	public Instant lockClock(long userId) {
		dsl.insertInto(LEARNER_TIME_CLOCK)
			.set(LEARNER_TIME_CLOCK.USER_ID, userId)
			.set(LEARNER_TIME_CLOCK.CREDITED_UNTIL, toColumn(Instant.EPOCH))
			.onDuplicateKeyIgnore()
			.execute();
		return fromColumn(dsl.select(LEARNER_TIME_CLOCK.CREDITED_UNTIL)
			.from(LEARNER_TIME_CLOCK)
			.where(LEARNER_TIME_CLOCK.USER_ID.eq(userId))
			.forUpdate()
			.fetchSingle()
			.value1());
	}

	@Override
	public void setClock(long userId, Instant creditedUntil) {
		dsl.update(LEARNER_TIME_CLOCK)
			.set(LEARNER_TIME_CLOCK.CREDITED_UNTIL, toColumn(creditedUntil))
			.where(LEARNER_TIME_CLOCK.USER_ID.eq(userId))
			.execute();
	}

	@Override
	public void addToLesson(long enrolmentId, long lessonId, int seconds, Instant now) {
		dsl.insertInto(LESSON_ACTIVE_TIME)
			.set(LESSON_ACTIVE_TIME.ENROLMENT_ID, enrolmentId)
			.set(LESSON_ACTIVE_TIME.LESSON_ID, lessonId)
			.set(LESSON_ACTIVE_TIME.ACTIVE_SECONDS, seconds)
			.set(LESSON_ACTIVE_TIME.UPDATED_AT, toColumn(now))
			.onDuplicateKeyUpdate()
			.set(LESSON_ACTIVE_TIME.ACTIVE_SECONDS, LESSON_ACTIVE_TIME.ACTIVE_SECONDS.plus(seconds))
			.set(LESSON_ACTIVE_TIME.UPDATED_AT, toColumn(now))
			.execute();
	}

	@Override
	public boolean addToAttempt(long attemptId, int seconds, Instant now) {
		boolean open = dsl.fetchExists(DSL.selectOne()
			.from(QUIZ_ATTEMPT)
			.where(QUIZ_ATTEMPT.ID.eq(attemptId).and(QUIZ_ATTEMPT.STATE.eq(IN_PROGRESS))));
		if (!open) {
			return false;
		}
		dsl.insertInto(ATTEMPT_ACTIVE_TIME)
			.set(ATTEMPT_ACTIVE_TIME.ATTEMPT_ID, attemptId)
			.set(ATTEMPT_ACTIVE_TIME.ACTIVE_SECONDS, seconds)
			.set(ATTEMPT_ACTIVE_TIME.UPDATED_AT, toColumn(now))
			.onDuplicateKeyUpdate()
			.set(ATTEMPT_ACTIVE_TIME.ACTIVE_SECONDS, ATTEMPT_ACTIVE_TIME.ACTIVE_SECONDS.plus(seconds))
			.set(ATTEMPT_ACTIVE_TIME.UPDATED_AT, toColumn(now))
			.execute();
		return true;
	}

	@Override
	public EnrolmentTime addToEnrolment(long enrolmentId, int seconds, Instant now) {
		dsl.insertInto(ENROLMENT_ACTIVE_TIME)
			.set(ENROLMENT_ACTIVE_TIME.ENROLMENT_ID, enrolmentId)
			.set(ENROLMENT_ACTIVE_TIME.ACTIVE_SECONDS, seconds)
			.set(ENROLMENT_ACTIVE_TIME.UPDATED_AT, toColumn(now))
			.onDuplicateKeyUpdate()
			.set(ENROLMENT_ACTIVE_TIME.ACTIVE_SECONDS, ENROLMENT_ACTIVE_TIME.ACTIVE_SECONDS.plus(seconds))
			.set(ENROLMENT_ACTIVE_TIME.UPDATED_AT, toColumn(now))
			.execute();
		return dsl.select(ENROLMENT.ID, COURSE_VERSION.MINIMUM_SEAT_MINUTES, ACTIVE_SECONDS, HAS_FINAL_EXAM)
			.from(ENROLMENT)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(ENROLMENT.COURSE_VERSION_ID))
			.leftJoin(ENROLMENT_ACTIVE_TIME)
			.on(ENROLMENT_ACTIVE_TIME.ENROLMENT_ID.eq(ENROLMENT.ID))
			.where(ENROLMENT.ID.eq(enrolmentId))
			.fetchSingle(r -> new EnrolmentTime(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	@Override
	public boolean markSeatTimeMet(long enrolmentId, Instant at) {
		return dsl.update(ENROLMENT_ACTIVE_TIME)
			.set(ENROLMENT_ACTIVE_TIME.SEAT_TIME_MET_AT, toColumn(at))
			.where(ENROLMENT_ACTIVE_TIME.ENROLMENT_ID.eq(enrolmentId)
				.and(ENROLMENT_ACTIVE_TIME.SEAT_TIME_MET_AT.isNull()))
			.execute() == 1;
	}

}
