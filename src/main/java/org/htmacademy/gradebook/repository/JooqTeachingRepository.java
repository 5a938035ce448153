package org.htmacademy.gradebook.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.htmacademy.gradebook.CourseInstructors;
import org.htmacademy.gradebook.Instructor;
import org.htmacademy.gradebook.TaughtCourse;
import org.htmacademy.security.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_INSTRUCTOR;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.QUIZ;
import static org.htmacademy.jooq.Tables.QUIZ_GRADE;
import static org.htmacademy.jooq.Tables.USER_ROLE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

@Repository
class JooqTeachingRepository implements TeachingRepository {

	private final DSLContext dsl;

	JooqTeachingRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public boolean teaches(long userId, String courseId) {
		return dsl.fetchExists(DSL.selectOne()
			.from(COURSE_INSTRUCTOR)
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_INSTRUCTOR.COURSE_ID))
			.where(COURSE_INSTRUCTOR.USER_ID.eq(userId).and(COURSE.SLUG.eq(courseId))));
	}

	@Override
	public Optional<String> courseOfQuiz(long quizId) {
		return dsl.select(COURSE.SLUG)
			.from(QUIZ)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(QUIZ.COURSE_VERSION_ID))
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_VERSION.COURSE_ID))
			.where(QUIZ.ID.eq(quizId))
			.fetchOptional(r -> r.value1());
	}

	@Override
	public List<TaughtCourse> courses(Optional<Long> instructorId) {
		Field<Integer> learners = DSL.field(selectCount().from(ENROLMENT).where(ENROLMENT.COURSE_ID.eq(COURSE.ID)));
		Field<Integer> passed = DSL.field(selectCount().from(QUIZ_GRADE)
			.join(ENROLMENT)
			.on(ENROLMENT.ID.eq(QUIZ_GRADE.ENROLMENT_ID))
			.join(QUIZ)
			.on(QUIZ.ID.eq(QUIZ_GRADE.QUIZ_ID))
			.where(ENROLMENT.COURSE_ID.eq(COURSE.ID).and(QUIZ.MODULE_ID.isNull()).and(QUIZ_GRADE.PASSED.isTrue())));
		Condition taught = instructorId.map(id -> DSL.exists(DSL.selectOne()
			.from(COURSE_INSTRUCTOR)
			.where(COURSE_INSTRUCTOR.COURSE_ID.eq(COURSE.ID).and(COURSE_INSTRUCTOR.USER_ID.eq(id))))).orElse(DSL.noCondition());
		return dsl.select(COURSE.SLUG, COURSE_VERSION.TITLE, COURSE_VERSION.VERSION_NUMBER, learners, passed,
				multiset(select(APP_USER.FULL_NAME).from(COURSE_INSTRUCTOR)
					.join(APP_USER)
					.on(APP_USER.ID.eq(COURSE_INSTRUCTOR.USER_ID))
					.where(COURSE_INSTRUCTOR.COURSE_ID.eq(COURSE.ID))
					.orderBy(APP_USER.FULL_NAME)).convertFrom(r -> r.map(name -> name.value1())))
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.where(taught)
			.orderBy(COURSE_VERSION.TITLE)
			.fetch(r -> new TaughtCourse(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
	}

	@Override
	public List<CourseInstructors> courseInstructors() {
		return dsl.select(COURSE.SLUG, COURSE_VERSION.TITLE,
				multiset(select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.EMAIL).from(COURSE_INSTRUCTOR)
					.join(APP_USER)
					.on(APP_USER.ID.eq(COURSE_INSTRUCTOR.USER_ID))
					.where(COURSE_INSTRUCTOR.COURSE_ID.eq(COURSE.ID))
					.orderBy(APP_USER.FULL_NAME)).convertFrom(r -> r.map(i -> new Instructor(i.value1(), i.value2(), i.value3()))))
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.orderBy(COURSE_VERSION.TITLE)
			.fetch(r -> new CourseInstructors(r.value1(), r.value2(), r.value3()));
	}

	@Override
	public List<Instructor> instructors() {
		return dsl.select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.EMAIL)
			.from(APP_USER)
			.where(isInstructor(APP_USER.ID))
			.orderBy(APP_USER.FULL_NAME)
			.fetch(r -> new Instructor(r.value1(), r.value2(), r.value3()));
	}

	@Override
	public boolean assign(String courseId, long instructorId, Instant now) {
		return assign(COURSE.SLUG.eq(courseId), APP_USER.ID.eq(instructorId), now) > 0;
	}

	@Override
	public boolean unassign(String courseId, long instructorId) {
		return dsl.deleteFrom(COURSE_INSTRUCTOR)
			.where(COURSE_INSTRUCTOR.USER_ID.eq(instructorId)
				.and(COURSE_INSTRUCTOR.COURSE_ID.in(select(COURSE.ID).from(COURSE).where(COURSE.SLUG.eq(courseId)))))
			.execute() > 0;
	}

	@Override
	public int assignByEmail(String email, Collection<String> courseIds, Instant now) {
		return courseIds.isEmpty() ? 0 : assign(COURSE.SLUG.in(courseIds), APP_USER.EMAIL.eq(email), now);
	}

	private int assign(Condition courses, Condition instructor, Instant now) {
		return dsl.insertInto(COURSE_INSTRUCTOR, COURSE_INSTRUCTOR.COURSE_ID, COURSE_INSTRUCTOR.USER_ID,
				COURSE_INSTRUCTOR.ASSIGNED_AT)
			.select(select(COURSE.ID, APP_USER.ID, DSL.val(toColumn(now))).from(COURSE)
				.crossJoin(APP_USER)
				.where(courses)
				.and(instructor)
				.and(isInstructor(APP_USER.ID)))
			.onDuplicateKeyIgnore()
			.execute();
	}

	private static Condition isInstructor(Field<Long> userId) {
		return DSL.exists(DSL.selectOne()
			.from(USER_ROLE)
			.where(USER_ROLE.USER_ID.eq(userId).and(USER_ROLE.ROLE.eq(Role.INSTRUCTOR.name()))));
	}

}
