package org.htmacademy.cohort.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.htmacademy.cohort.CohortDetails;
import org.htmacademy.cohort.CohortDetails.AssignedCourse;
import org.htmacademy.cohort.CohortDetails.Person;
import org.htmacademy.cohort.CohortSummary;
import org.htmacademy.cohort.CourseChoice;
import org.htmacademy.cohort.JoinCode;
import org.htmacademy.cohort.MyClass;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import static org.htmacademy.common.UtcTime.fromColumn;
import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.COHORT;
import static org.htmacademy.jooq.Tables.COHORT_COURSE;
import static org.htmacademy.jooq.Tables.COHORT_INSTRUCTOR;
import static org.htmacademy.jooq.Tables.COHORT_MEMBER;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_SKILL;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.USER_ROLE;

@Repository
class JooqCohortRepository implements CohortRepository {

	private final DSLContext dsl;

	JooqCohortRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public long insert(String name, String joinCode, long createdBy, Instant now) {
		long id = dsl.insertInto(COHORT)
			.set(COHORT.NAME, name)
			.set(COHORT.JOIN_CODE, joinCode)
			.set(COHORT.CREATED_BY, createdBy)
			.set(COHORT.CREATED_AT, toColumn(now))
			.returningResult(COHORT.ID)
			.fetchSingle()
			.value1();
		addInstructor(id, createdBy, now);
		return id;
	}

	@Override
	public Optional<CohortRow> find(long cohortId) {
		return selectCohort(COHORT.ID.eq(cohortId));
	}

	@Override
	public Optional<CohortRow> findByCode(String joinCode) {
		return selectCohort(COHORT.JOIN_CODE.eq(joinCode));
	}

	private Optional<CohortRow> selectCohort(Condition condition) {
		return dsl.select(COHORT.ID, COHORT.NAME, COHORT.JOIN_CODE, COHORT.JOIN_EXPIRES_AT, COHORT.VERSION)
			.from(COHORT)
			.where(condition)
			.fetchOptional(r -> new CohortRow(r.value1(), r.value2(), r.value3(), fromColumn(r.value4()), r.value5()));
	}

	@Override
	public boolean isInstructor(long cohortId, long userId) {
		return dsl.fetchExists(COHORT_INSTRUCTOR,
				COHORT_INSTRUCTOR.COHORT_ID.eq(cohortId).and(COHORT_INSTRUCTOR.USER_ID.eq(userId)));
	}

	@Override
	public boolean isMember(long cohortId, long userId) {
		return dsl.fetchExists(COHORT_MEMBER, COHORT_MEMBER.COHORT_ID.eq(cohortId).and(COHORT_MEMBER.USER_ID.eq(userId)));
	}

	@Override
	public List<CohortSummary> summaries(Optional<Long> instructorId) {
		Field<Integer> members = DSL.field(DSL.selectCount().from(COHORT_MEMBER).where(COHORT_MEMBER.COHORT_ID.eq(COHORT.ID)));
		Field<Integer> courses = DSL.field(DSL.selectCount().from(COHORT_COURSE).where(COHORT_COURSE.COHORT_ID.eq(COHORT.ID)));
		Condition mine = instructorId.<Condition>map(id -> DSL.exists(DSL.selectOne()
			.from(COHORT_INSTRUCTOR)
			.where(COHORT_INSTRUCTOR.COHORT_ID.eq(COHORT.ID).and(COHORT_INSTRUCTOR.USER_ID.eq(id))))).orElse(DSL.noCondition());
		return dsl.select(COHORT.ID, COHORT.NAME, members, courses, instructorNames(COHORT.ID))
			.from(COHORT)
			.where(mine)
			.orderBy(COHORT.CREATED_AT.desc(), COHORT.ID.desc())
			.fetch(r -> new CohortSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	private static Field<String> instructorNames(Field<Long> cohortId) {
		return DSL.field(DSL.select(DSL.groupConcat(APP_USER.FULL_NAME).orderBy(APP_USER.FULL_NAME).separator(", "))
			.from(COHORT_INSTRUCTOR)
			.join(APP_USER)
			.on(APP_USER.ID.eq(COHORT_INSTRUCTOR.USER_ID))
			.where(COHORT_INSTRUCTOR.COHORT_ID.eq(cohortId)));
	}

	private static Field<List<AssignedCourse>> assignedCourses(Field<Long> cohortId) {
		Field<Integer> skills = DSL.field(DSL.selectCount()
			.from(COURSE_SKILL)
			.where(COURSE_SKILL.COURSE_VERSION_ID.eq(COURSE.CURRENT_VERSION_ID)));
		return DSL.multiset(DSL.select(COURSE.SLUG, COURSE_VERSION.TITLE, COHORT_COURSE.DUE_ON, skills)
			.from(COHORT_COURSE)
			.join(COURSE)
			.on(COURSE.ID.eq(COHORT_COURSE.COURSE_ID))
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.where(COHORT_COURSE.COHORT_ID.eq(cohortId))
			.orderBy(COHORT_COURSE.DUE_ON.asc().nullsLast(), COURSE_VERSION.TITLE))
			.convertFrom(result -> result.map(r -> new AssignedCourse(r.value1(), r.value2(),
					Optional.ofNullable(r.value3()), r.value4())));
	}

	@Override
	public Optional<CohortDetails> details(long cohortId) {
		var instructors = DSL.multiset(DSL.select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.EMAIL)
			.from(COHORT_INSTRUCTOR)
			.join(APP_USER)
			.on(APP_USER.ID.eq(COHORT_INSTRUCTOR.USER_ID))
			.where(COHORT_INSTRUCTOR.COHORT_ID.eq(COHORT.ID))
			.orderBy(COHORT_INSTRUCTOR.ADDED_AT)).convertFrom(JooqCohortRepository::people);
		var members = DSL.multiset(DSL.select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.EMAIL)
			.from(COHORT_MEMBER)
			.join(APP_USER)
			.on(APP_USER.ID.eq(COHORT_MEMBER.USER_ID))
			.where(COHORT_MEMBER.COHORT_ID.eq(COHORT.ID))
			.orderBy(APP_USER.FULL_NAME, APP_USER.EMAIL)).convertFrom(JooqCohortRepository::people);
		return dsl.select(COHORT.ID, COHORT.NAME, COHORT.JOIN_CODE, COHORT.JOIN_EXPIRES_AT, COHORT.VERSION,
				assignedCourses(COHORT.ID), instructors, members)
			.from(COHORT)
			.where(COHORT.ID.eq(cohortId))
			.fetchOptional(r -> new CohortDetails(r.value1(), r.value2(), new JoinCode(r.value3()),
					Optional.ofNullable(fromColumn(r.value4())), r.value5(), r.value6(), r.value7(), r.value8()));
	}

	private static List<Person> people(Result<? extends org.jooq.Record3<Long, String, String>> result) {
		return result.map(r -> new Person(r.value1(), r.value2(), r.value3()));
	}

	@Override
	public boolean updateSettings(long cohortId, String name, Instant joinExpiresAt, int expectedVersion) {
		return dsl.update(COHORT)
			.set(COHORT.NAME, name)
			.set(COHORT.JOIN_EXPIRES_AT, joinExpiresAt == null ? null : toColumn(joinExpiresAt))
			.set(COHORT.VERSION, COHORT.VERSION.plus(1))
			.where(COHORT.ID.eq(cohortId).and(COHORT.VERSION.eq(expectedVersion)))
			.execute() == 1;
	}

	@Override
	public void changeCode(long cohortId, String joinCode) {
		dsl.update(COHORT)
			.set(COHORT.JOIN_CODE, joinCode)
			.set(COHORT.VERSION, COHORT.VERSION.plus(1))
			.where(COHORT.ID.eq(cohortId))
			.execute();
	}

	@Override
	public void assignCourse(long cohortId, String courseSlug, LocalDate dueOn) {
		dsl.insertInto(COHORT_COURSE, COHORT_COURSE.COHORT_ID, COHORT_COURSE.COURSE_ID, COHORT_COURSE.DUE_ON)
			.select(DSL.select(DSL.val(cohortId), COURSE.ID, DSL.val(dueOn, COHORT_COURSE.DUE_ON))
				.from(COURSE)
				.where(COURSE.SLUG.eq(courseSlug)))
			.onDuplicateKeyUpdate()
			.set(COHORT_COURSE.DUE_ON, dueOn)
			.execute();
	}

	@Override
	public void removeCourse(long cohortId, String courseSlug) {
		dsl.deleteFrom(COHORT_COURSE)
			.where(COHORT_COURSE.COHORT_ID.eq(cohortId)
				.and(COHORT_COURSE.COURSE_ID.in(DSL.select(COURSE.ID).from(COURSE).where(COURSE.SLUG.eq(courseSlug)))))
			.execute();
	}

	@Override
	public boolean addMember(long cohortId, long userId, Instant now) {
		return dsl.insertInto(COHORT_MEMBER, COHORT_MEMBER.COHORT_ID, COHORT_MEMBER.USER_ID, COHORT_MEMBER.JOINED_AT)
			.values(cohortId, userId, toColumn(now))
			.onDuplicateKeyIgnore()
			.execute() == 1;
	}

	@Override
	public void removeMember(long cohortId, long userId) {
		dsl.deleteFrom(COHORT_MEMBER)
			.where(COHORT_MEMBER.COHORT_ID.eq(cohortId).and(COHORT_MEMBER.USER_ID.eq(userId)))
			.execute();
	}

	@Override
	public void enrolMembers(long cohortId, Optional<Long> userId, Instant now) {
		dsl.insertInto(ENROLMENT, ENROLMENT.USER_ID, ENROLMENT.COURSE_ID, ENROLMENT.COURSE_VERSION_ID,
				ENROLMENT.ENROLLED_AT, ENROLMENT.LAST_ACTIVITY_AT)
			.select(DSL.select(COHORT_MEMBER.USER_ID, COURSE.ID, COURSE.CURRENT_VERSION_ID, DSL.val(toColumn(now)),
					DSL.val(toColumn(now)))
				.from(COHORT_MEMBER)
				.join(COHORT_COURSE)
				.on(COHORT_COURSE.COHORT_ID.eq(COHORT_MEMBER.COHORT_ID))
				.join(COURSE)
				.on(COURSE.ID.eq(COHORT_COURSE.COURSE_ID))
				.where(COHORT_MEMBER.COHORT_ID.eq(cohortId)
					.and(COURSE.CURRENT_VERSION_ID.isNotNull())
					.and(userId.map(COHORT_MEMBER.USER_ID::eq).orElse(DSL.noCondition()))))
			.onDuplicateKeyIgnore()
			.execute();
	}

	@Override
	public boolean addInstructor(long cohortId, long userId, Instant now) {
		return dsl.insertInto(COHORT_INSTRUCTOR, COHORT_INSTRUCTOR.COHORT_ID, COHORT_INSTRUCTOR.USER_ID,
				COHORT_INSTRUCTOR.ADDED_AT)
			.values(cohortId, userId, toColumn(now))
			.onDuplicateKeyIgnore()
			.execute() == 1;
	}

	@Override
	public Optional<PersonRow> findPerson(String email) {
		return dsl.select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.EMAIL,
				DSL.multiset(DSL.select(USER_ROLE.ROLE).from(USER_ROLE).where(USER_ROLE.USER_ID.eq(APP_USER.ID)))
					.convertFrom(result -> new HashSet<>(result.map(r -> r.value1()))))
			.from(APP_USER)
			.where(APP_USER.EMAIL.eq(email))
			.fetchOptional(r -> new PersonRow(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	@Override
	public List<CourseChoice> publishedCourses() {
		return dsl.select(COURSE.SLUG, COURSE_VERSION.TITLE)
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.orderBy(COURSE_VERSION.TITLE)
			.fetch(r -> new CourseChoice(r.value1(), r.value2()));
	}

	@Override
	public List<ProgressRow> progress(long cohortId) {
		return new ProgressQuery(dsl).run(cohortId);
	}

	@Override
	public List<MyClass> myClasses(long userId) {
		return dsl.select(COHORT.ID, COHORT.NAME, instructorNames(COHORT.ID), assignedCourses(COHORT.ID))
			.from(COHORT_MEMBER)
			.join(COHORT)
			.on(COHORT.ID.eq(COHORT_MEMBER.COHORT_ID))
			.where(COHORT_MEMBER.USER_ID.eq(userId))
			.orderBy(COHORT_MEMBER.JOINED_AT.desc())
			.fetch(r -> new MyClass(r.value1(), r.value2(), r.value3() == null ? "" : r.value3(), r.value4()));
	}

}
