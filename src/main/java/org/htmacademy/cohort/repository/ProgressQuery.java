package org.htmacademy.cohort.repository;

import java.math.BigDecimal;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.CERTIFICATE;
import static org.htmacademy.jooq.Tables.COHORT_COURSE;
import static org.htmacademy.jooq.Tables.COHORT_MEMBER;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_SKILL;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.LESSON;
import static org.htmacademy.jooq.Tables.LESSON_COMPLETION;
import static org.htmacademy.jooq.Tables.QUIZ;
import static org.htmacademy.jooq.Tables.QUIZ_GRADE;
import static org.htmacademy.jooq.Tables.SKILL_SIGNOFF;

/**
 * A cohort's progress in one statement: every member × every course of the cohort, the learner's enrolment when
 * there is one, and each figure as a correlated aggregate over the learner's version (the live one when not
 * enrolled), so the page costs one round trip however large the class.
 */
final class ProgressQuery {

	private static final Field<Long> VERSION = DSL.coalesce(ENROLMENT.COURSE_VERSION_ID, COURSE.CURRENT_VERSION_ID);

	private static final Field<Integer> LESSONS_TOTAL = DSL.field(DSL.selectCount()
		.from(LESSON)
		.join(COURSE_MODULE)
		.on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
		.where(COURSE_MODULE.COURSE_VERSION_ID.eq(VERSION)));

	private static final Field<Integer> LESSONS_READ = DSL.field(DSL.selectCount()
		.from(LESSON_COMPLETION)
		.where(LESSON_COMPLETION.ENROLMENT_ID.eq(ENROLMENT.ID)));

	private static final Field<Integer> QUIZZES_TOTAL = DSL.field(DSL.selectCount()
		.from(QUIZ)
		.where(QUIZ.COURSE_VERSION_ID.eq(VERSION).and(QUIZ.MODULE_ID.isNotNull())));

	private static final Field<Integer> QUIZZES_PASSED = DSL.field(DSL.selectCount()
		.from(QUIZ_GRADE)
		.join(QUIZ)
		.on(QUIZ.ID.eq(QUIZ_GRADE.QUIZ_ID))
		.where(QUIZ_GRADE.ENROLMENT_ID.eq(ENROLMENT.ID)
			.and(QUIZ.MODULE_ID.isNotNull())
			.and(QUIZ.COURSE_VERSION_ID.eq(VERSION))
			.and(QUIZ_GRADE.PASSED.isTrue())));

	private static final Field<Boolean> HAS_FINAL = DSL.field(DSL.exists(DSL.selectOne()
		.from(QUIZ)
		.where(QUIZ.COURSE_VERSION_ID.eq(VERSION).and(QUIZ.MODULE_ID.isNull()))));

	private static final Field<BigDecimal> FINAL_GRADE = DSL.field(DSL.select(QUIZ_GRADE.GRADE)
		.from(QUIZ_GRADE)
		.join(QUIZ)
		.on(QUIZ.ID.eq(QUIZ_GRADE.QUIZ_ID))
		.where(QUIZ_GRADE.ENROLMENT_ID.eq(ENROLMENT.ID).and(QUIZ.MODULE_ID.isNull()))
		.limit(1));

	private static final Field<Boolean> FINAL_PASSED = DSL.field(DSL.exists(DSL.selectOne()
		.from(QUIZ_GRADE)
		.join(QUIZ)
		.on(QUIZ.ID.eq(QUIZ_GRADE.QUIZ_ID))
		.where(QUIZ_GRADE.ENROLMENT_ID.eq(ENROLMENT.ID)
			.and(QUIZ.MODULE_ID.isNull())
			.and(QUIZ_GRADE.PASSED.isTrue()))));

	private static final Field<Integer> SKILLS_TOTAL = DSL.field(DSL.selectCount()
		.from(COURSE_SKILL)
		.where(COURSE_SKILL.COURSE_VERSION_ID.eq(VERSION)));

	private static final Field<Integer> SKILLS_SIGNED = DSL.field(DSL.selectCount()
		.from(SKILL_SIGNOFF)
		.join(COURSE_SKILL)
		.on(COURSE_SKILL.ID.eq(SKILL_SIGNOFF.SKILL_ID))
		.where(SKILL_SIGNOFF.ENROLMENT_ID.eq(ENROLMENT.ID).and(COURSE_SKILL.COURSE_VERSION_ID.eq(VERSION))));

	private static final Field<String> CERTIFICATE_NUMBER = DSL.field(DSL.select(CERTIFICATE.CERTIFICATE_NUMBER)
		.from(CERTIFICATE)
		.where(CERTIFICATE.USER_ID.eq(COHORT_MEMBER.USER_ID)
			.and(CERTIFICATE.COURSE_ID.eq(COURSE.ID))
			.and(CERTIFICATE.STATUS.eq("VALID")))
		.orderBy(CERTIFICATE.ISSUED_AT.desc())
		.limit(1));

	private final DSLContext dsl;

	ProgressQuery(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<ProgressRow> run(long cohortId) {
		return dsl
			.select(COHORT_MEMBER.USER_ID, APP_USER.FULL_NAME, APP_USER.EMAIL, COURSE.SLUG, COURSE_VERSION.TITLE,
					COHORT_COURSE.DUE_ON, ENROLMENT.ID.isNotNull(), LESSONS_READ, LESSONS_TOTAL, QUIZZES_PASSED,
					QUIZZES_TOTAL, HAS_FINAL, FINAL_GRADE, FINAL_PASSED, COURSE_VERSION.REQUIRES_LESSONS,
					COURSE_VERSION.REQUIRES_FINAL_QUIZ, SKILLS_SIGNED, SKILLS_TOTAL, CERTIFICATE_NUMBER)
			.from(COHORT_MEMBER)
			.join(APP_USER)
			.on(APP_USER.ID.eq(COHORT_MEMBER.USER_ID))
			.join(COHORT_COURSE)
			.on(COHORT_COURSE.COHORT_ID.eq(COHORT_MEMBER.COHORT_ID))
			.join(COURSE)
			.on(COURSE.ID.eq(COHORT_COURSE.COURSE_ID))
			.leftJoin(ENROLMENT)
			.on(ENROLMENT.USER_ID.eq(COHORT_MEMBER.USER_ID).and(ENROLMENT.COURSE_ID.eq(COURSE.ID)))
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(VERSION))
			.where(COHORT_MEMBER.COHORT_ID.eq(cohortId))
			.orderBy(APP_USER.FULL_NAME, APP_USER.EMAIL, COHORT_COURSE.DUE_ON.asc().nullsLast(), COURSE_VERSION.TITLE)
			.fetch(r -> new ProgressRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(),
					r.value14(), r.value15(), r.value16(), r.value17(), r.value18(), r.value19()));
	}

}
