package org.htmacademy.skill.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.jooq.tables.AppUser;
import org.htmacademy.skill.SignableCourse;
import org.htmacademy.skill.SkillSheet.LearnerSkills;
import org.htmacademy.skill.SkillSheet.Signoff;
import org.htmacademy.skill.SkillSheet.SkillCell;
import org.htmacademy.skill.SkillSheet.SkillColumn;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.COHORT_COURSE;
import static org.htmacademy.jooq.Tables.COHORT_INSTRUCTOR;
import static org.htmacademy.jooq.Tables.COHORT_MEMBER;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_INSTRUCTOR;
import static org.htmacademy.jooq.Tables.COURSE_SKILL;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.SKILL_SIGNOFF;

@Repository
class JooqSkillRepository implements SkillRepository {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final AppUser SIGNER = APP_USER.as("signer");

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqSkillRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Override
	public Optional<SkillTarget> findTarget(long enrolmentId, long skillKey) {
		return dsl.select(ENROLMENT.ID, ENROLMENT.USER_ID, COURSE.SLUG, COURSE_SKILL.SLUG, COURSE_SKILL.TITLE)
			.from(ENROLMENT)
			.join(COURSE)
			.on(COURSE.ID.eq(ENROLMENT.COURSE_ID))
			.join(COURSE_SKILL)
			.on(COURSE_SKILL.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID))
			.where(ENROLMENT.ID.eq(enrolmentId).and(COURSE_SKILL.ID.eq(skillKey)))
			.fetchOptional(r -> new SkillTarget(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	@Override
	public boolean maySignFor(long instructorId, long enrolmentId) {
		Condition teachesCourse = DSL.exists(DSL.selectOne()
			.from(COURSE_INSTRUCTOR)
			.where(COURSE_INSTRUCTOR.COURSE_ID.eq(ENROLMENT.COURSE_ID).and(COURSE_INSTRUCTOR.USER_ID.eq(instructorId))));
		Condition teachesLearnersCohort = DSL.exists(DSL.selectOne()
			.from(COHORT_INSTRUCTOR)
			.join(COHORT_MEMBER)
			.on(COHORT_MEMBER.COHORT_ID.eq(COHORT_INSTRUCTOR.COHORT_ID))
			.join(COHORT_COURSE)
			.on(COHORT_COURSE.COHORT_ID.eq(COHORT_INSTRUCTOR.COHORT_ID))
			.where(COHORT_INSTRUCTOR.USER_ID.eq(instructorId)
				.and(COHORT_MEMBER.USER_ID.eq(ENROLMENT.USER_ID))
				.and(COHORT_COURSE.COURSE_ID.eq(ENROLMENT.COURSE_ID))));
		return dsl.fetchExists(DSL.selectOne()
			.from(ENROLMENT)
			.where(ENROLMENT.ID.eq(enrolmentId).and(teachesCourse.or(teachesLearnersCohort))));
	}

	@Override
	public boolean teachesCourse(long instructorId, String courseId) {
		return dsl.fetchExists(DSL.selectOne()
			.from(COURSE_INSTRUCTOR)
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_INSTRUCTOR.COURSE_ID))
			.where(COURSE_INSTRUCTOR.USER_ID.eq(instructorId).and(COURSE.SLUG.eq(courseId))));
	}

	@Override
	public boolean teachesCohortWithCourse(long instructorId, long cohortId, String courseId) {
		return dsl.fetchExists(DSL.selectOne()
			.from(COHORT_INSTRUCTOR)
			.join(COHORT_COURSE)
			.on(COHORT_COURSE.COHORT_ID.eq(COHORT_INSTRUCTOR.COHORT_ID))
			.join(COURSE)
			.on(COURSE.ID.eq(COHORT_COURSE.COURSE_ID))
			.where(COHORT_INSTRUCTOR.COHORT_ID.eq(cohortId)
				.and(COHORT_INSTRUCTOR.USER_ID.eq(instructorId))
				.and(COURSE.SLUG.eq(courseId))));
	}

	@Override
	public List<SignableCourse> signableCourses(long instructorId, boolean all) {
		Condition mine = DSL.exists(DSL.selectOne()
			.from(COURSE_INSTRUCTOR)
			.where(COURSE_INSTRUCTOR.COURSE_ID.eq(COURSE.ID).and(COURSE_INSTRUCTOR.USER_ID.eq(instructorId))))
			.or(DSL.exists(DSL.selectOne()
				.from(COHORT_COURSE)
				.join(COHORT_INSTRUCTOR)
				.on(COHORT_INSTRUCTOR.COHORT_ID.eq(COHORT_COURSE.COHORT_ID))
				.where(COHORT_COURSE.COURSE_ID.eq(COURSE.ID).and(COHORT_INSTRUCTOR.USER_ID.eq(instructorId)))));
		return dsl.select(COURSE.SLUG, COURSE_VERSION.TITLE, DSL.count(COURSE_SKILL.ID))
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.join(COURSE_SKILL)
			.on(COURSE_SKILL.COURSE_VERSION_ID.eq(COURSE_VERSION.ID))
			.where(all ? DSL.noCondition() : mine)
			.groupBy(COURSE.SLUG, COURSE_VERSION.TITLE)
			.orderBy(COURSE_VERSION.TITLE)
			.fetch(r -> new SignableCourse(r.value1(), r.value2(), r.value3()));
	}

	@Override
	public Optional<String> liveTitle(String courseId) {
		return dsl.select(COURSE_VERSION.TITLE)
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.where(COURSE.SLUG.eq(courseId))
			.fetchOptional(r -> r.value1());
	}

	@Override
	public List<SkillColumn> columns(String courseId) {
		Map<String, SkillColumn> bySlug = new LinkedHashMap<>();
		dsl.select(COURSE_SKILL.SLUG, COURSE_SKILL.TITLE, COURSE_SKILL.CHECKLIST)
			.from(COURSE_SKILL)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE_SKILL.COURSE_VERSION_ID))
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_VERSION.COURSE_ID))
			.where(COURSE.SLUG.eq(courseId)
				.and(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID)
					.or(DSL.exists(DSL.selectOne()
						.from(ENROLMENT)
						.where(ENROLMENT.COURSE_VERSION_ID.eq(COURSE_VERSION.ID))))))
			.orderBy(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID).desc(), COURSE_VERSION.VERSION_NUMBER.desc(),
					COURSE_SKILL.POSITION)
			.forEach(r -> bySlug.putIfAbsent(r.value1(),
					new SkillColumn(r.value1(), r.value2(), strings(r.value3()))));
		return List.copyOf(bySlug.values());
	}

	@Override
	public List<LearnerSkills> learners(String courseId, Optional<Long> cohortId) {
		Condition inCohort = cohortId.<Condition>map(id -> DSL.exists(DSL.selectOne()
			.from(COHORT_MEMBER)
			.where(COHORT_MEMBER.COHORT_ID.eq(id).and(COHORT_MEMBER.USER_ID.eq(ENROLMENT.USER_ID))))).orElse(DSL.noCondition());
		var cells = DSL.multiset(DSL.select(COURSE_SKILL.SLUG, COURSE_SKILL.ID, SIGNER.FULL_NAME,
				SKILL_SIGNOFF.SIGNED_ON, SKILL_SIGNOFF.NOTE)
			.from(COURSE_SKILL)
			.leftJoin(SKILL_SIGNOFF)
			.on(SKILL_SIGNOFF.SKILL_ID.eq(COURSE_SKILL.ID).and(SKILL_SIGNOFF.ENROLMENT_ID.eq(ENROLMENT.ID)))
			.leftJoin(SIGNER)
			.on(SIGNER.ID.eq(SKILL_SIGNOFF.INSTRUCTOR_ID))
			.where(COURSE_SKILL.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID))
			.orderBy(COURSE_SKILL.POSITION)).convertFrom(result -> {
				Map<String, SkillCell> map = new LinkedHashMap<>();
				result.forEach(r -> map.put(r.value1(), new SkillCell(r.value2(),
						r.value4() == null ? Optional.empty()
								: Optional.of(new Signoff(r.value3(), r.value4(), Optional.ofNullable(r.value5()))))));
				return map;
			});
		return dsl.select(ENROLMENT.ID, APP_USER.FULL_NAME, APP_USER.EMAIL, cells)
			.from(ENROLMENT)
			.join(COURSE)
			.on(COURSE.ID.eq(ENROLMENT.COURSE_ID))
			.join(APP_USER)
			.on(APP_USER.ID.eq(ENROLMENT.USER_ID))
			.where(COURSE.SLUG.eq(courseId).and(inCohort))
			.orderBy(APP_USER.FULL_NAME, APP_USER.EMAIL)
			.fetch(r -> new LearnerSkills(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	@Override
	public boolean insert(long enrolmentId, long skillKey, long instructorId, LocalDate signedOn, String note,
			Instant at) {
		return dsl.insertInto(SKILL_SIGNOFF)
			.set(SKILL_SIGNOFF.ENROLMENT_ID, enrolmentId)
			.set(SKILL_SIGNOFF.SKILL_ID, skillKey)
			.set(SKILL_SIGNOFF.INSTRUCTOR_ID, instructorId)
			.set(SKILL_SIGNOFF.SIGNED_ON, signedOn)
			.set(SKILL_SIGNOFF.NOTE, note)
			.set(SKILL_SIGNOFF.SIGNED_AT, toColumn(at))
			.onDuplicateKeyIgnore()
			.execute() == 1;
	}

	@Override
	public Optional<String> signedBy(long enrolmentId, long skillKey) {
		return dsl.select(APP_USER.FULL_NAME, SKILL_SIGNOFF.SIGNED_ON)
			.from(SKILL_SIGNOFF)
			.join(APP_USER)
			.on(APP_USER.ID.eq(SKILL_SIGNOFF.INSTRUCTOR_ID))
			.where(SKILL_SIGNOFF.ENROLMENT_ID.eq(enrolmentId).and(SKILL_SIGNOFF.SKILL_ID.eq(skillKey)))
			.fetchOptional(r -> r.value1() + " on " + r.value2());
	}

	private List<String> strings(JSON value) {
		return json.readValue(value.data(), STRINGS);
	}

}
