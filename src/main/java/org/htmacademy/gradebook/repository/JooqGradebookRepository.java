package org.htmacademy.gradebook.repository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.gradebook.CompleterTime;
import org.htmacademy.gradebook.FinalExamStatus;
import org.htmacademy.gradebook.GradebookCourse;
import org.htmacademy.gradebook.GradebookCourse.QuizSummary;
import org.htmacademy.gradebook.GradebookCourse.VersionQuizzes;
import org.htmacademy.gradebook.GradebookFilter;
import org.htmacademy.gradebook.GradebookRow;
import org.htmacademy.jooq.tables.Quiz;
import org.htmacademy.jooq.tables.QuizGrade;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import static org.htmacademy.common.UtcTime.fromColumn;
import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.CERTIFICATE;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.ENROLMENT_ACTIVE_TIME;
import static org.htmacademy.jooq.Tables.LESSON;
import static org.htmacademy.jooq.Tables.LESSON_COMPLETION;
import static org.htmacademy.jooq.Tables.QUIZ;
import static org.htmacademy.jooq.Tables.QUIZ_ATTEMPT;
import static org.htmacademy.jooq.Tables.QUIZ_GRADE;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

@Repository
class JooqGradebookRepository implements GradebookRepository {

	private static final String FINISHED = "FINISHED";

	private static final String IN_PROGRESS = "IN_PROGRESS";

	private final DSLContext dsl;

	JooqGradebookRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public List<CompleterTime> completerTimes(String courseId) {
		var times = multiset(select(DSL.coalesce(ENROLMENT_ACTIVE_TIME.ACTIVE_SECONDS, 0)).from(ENROLMENT)
			.join(CERTIFICATE)
			.on(CERTIFICATE.COMPLETION_KEY.eq(ENROLMENT.ID))
			.leftJoin(ENROLMENT_ACTIVE_TIME)
			.on(ENROLMENT_ACTIVE_TIME.ENROLMENT_ID.eq(ENROLMENT.ID))
			.where(ENROLMENT.COURSE_VERSION_ID.eq(COURSE_VERSION.ID)))
			.convertFrom(r -> r.map(t -> t.value1()));
		return dsl.select(COURSE_VERSION.VERSION_NUMBER, COURSE_VERSION.VERSION_LABEL, COURSE_VERSION.CE_HOURS, times)
			.from(COURSE_VERSION)
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_VERSION.COURSE_ID))
			.where(COURSE.SLUG.eq(courseId))
			.orderBy(COURSE_VERSION.VERSION_NUMBER.desc())
			.fetch(r -> CompleterTime.of(r.value1(), r.value2(), r.value3(), r.value4()))
			.stream()
			.filter(version -> version.completers() > 0)
			.toList();
	}

	@Override
	public Optional<GradebookCourse> course(String courseId) {
		Field<Integer> finished = DSL.field(selectCount().from(QUIZ_ATTEMPT)
			.where(QUIZ_ATTEMPT.QUIZ_ID.eq(QUIZ.ID).and(QUIZ_ATTEMPT.STATE.eq(FINISHED))));
		Field<Integer> learners = DSL.field(selectCount().from(ENROLMENT)
			.where(ENROLMENT.COURSE_VERSION_ID.eq(COURSE_VERSION.ID)));
		var quizzes = multiset(select(QUIZ.ID, COURSE_MODULE.TITLE, finished).from(QUIZ)
			.leftJoin(COURSE_MODULE)
			.on(COURSE_MODULE.ID.eq(QUIZ.MODULE_ID))
			.where(QUIZ.COURSE_VERSION_ID.eq(COURSE_VERSION.ID))
			.orderBy(COURSE_MODULE.POSITION.isNull(), COURSE_MODULE.POSITION))
			.convertFrom(r -> r.map(q -> new QuizSummary(q.value1(), q.value2() == null ? "Final exam"
					: "Module quiz: " + q.value2(), q.value2() == null, q.value3())));
		// the live version always, older ones while someone is still enrolled in them
		List<VersionQuizzes> versions = dsl
			.select(COURSE_VERSION.VERSION_NUMBER, COURSE_VERSION.VERSION_LABEL,
					COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID), learners, quizzes)
			.from(COURSE_VERSION)
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_VERSION.COURSE_ID))
			.where(COURSE.SLUG.eq(courseId))
			.and(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID).or(learners.gt(0)))
			.orderBy(COURSE_VERSION.VERSION_NUMBER.desc())
			.fetch(r -> new VersionQuizzes(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
		return dsl.select(COURSE_VERSION.TITLE)
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.where(COURSE.SLUG.eq(courseId))
			.fetchOptional(r -> new GradebookCourse(courseId, r.value1(), versions));
	}

	@Override
	public List<GradebookRow> learners(String courseId, GradebookFilter filter) {
		Quiz finalExam = QUIZ.as("final_exam");
		QuizGrade finalGrade = QUIZ_GRADE.as("final_grade");
		Field<Integer> lessonsRead = DSL.field(selectCount().from(LESSON_COMPLETION)
			.where(LESSON_COMPLETION.ENROLMENT_ID.eq(ENROLMENT.ID)));
		Field<Integer> lessons = DSL.field(selectCount().from(LESSON)
			.join(COURSE_MODULE)
			.on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
			.where(COURSE_MODULE.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID)));
		Field<Integer> moduleQuizzes = DSL.field(selectCount().from(QUIZ)
			.where(QUIZ.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID).and(QUIZ.MODULE_ID.isNotNull())));
		Field<Integer> moduleQuizzesPassed = DSL.field(selectCount().from(QUIZ_GRADE)
			.join(QUIZ)
			.on(QUIZ.ID.eq(QUIZ_GRADE.QUIZ_ID))
			.where(QUIZ_GRADE.ENROLMENT_ID.eq(ENROLMENT.ID)
				.and(QUIZ.MODULE_ID.isNotNull())
				.and(QUIZ_GRADE.PASSED.isTrue())));
		Condition finalExamAttempt = QUIZ_ATTEMPT.QUIZ_ID.eq(finalExam.ID).and(QUIZ_ATTEMPT.USER_ID.eq(ENROLMENT.USER_ID));
		Field<Integer> attemptsUsed = DSL.field(selectCount().from(QUIZ_ATTEMPT).where(finalExamAttempt));
		Condition attemptOpen = DSL.exists(DSL.selectOne()
			.from(QUIZ_ATTEMPT)
			.where(finalExamAttempt.and(QUIZ_ATTEMPT.STATE.eq(IN_PROGRESS))));
		Field<LocalDateTime> lastAttempt = DSL.field(select(
				DSL.max(DSL.coalesce(QUIZ_ATTEMPT.FINISHED_AT, QUIZ_ATTEMPT.STARTED_AT)))
			.from(QUIZ_ATTEMPT)
			.where(QUIZ_ATTEMPT.ENROLMENT_ID.eq(ENROLMENT.ID)));
		Field<LocalDateTime> lastActivity = DSL.greatest(ENROLMENT.LAST_ACTIVITY_AT,
				DSL.coalesce(lastAttempt, ENROLMENT.LAST_ACTIVITY_AT));
		Field<String> status = DSL.when(finalExam.ID.isNull(), FinalExamStatus.NO_FINAL_EXAM.name())
			.when(finalGrade.PASSED.isTrue(), FinalExamStatus.PASSED.name())
			.when(attemptOpen, FinalExamStatus.IN_PROGRESS.name())
			.when(finalGrade.QUIZ_ID.isNotNull(), FinalExamStatus.FAILED.name())
			.otherwise(FinalExamStatus.NOT_ATTEMPTED.name());

		return dsl
			.select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.EMAIL, COURSE_VERSION.VERSION_NUMBER,
					COURSE_VERSION.VERSION_LABEL, lessonsRead, lessons, moduleQuizzesPassed, moduleQuizzes,
					finalExam.GRADING_METHOD, finalGrade.BEST_SCORE, finalGrade.GRADE, attemptsUsed,
					finalExam.ATTEMPTS_ALLOWED, status, lastActivity)
			.from(ENROLMENT)
			.join(COURSE)
			.on(COURSE.ID.eq(ENROLMENT.COURSE_ID))
			.join(APP_USER)
			.on(APP_USER.ID.eq(ENROLMENT.USER_ID))
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(ENROLMENT.COURSE_VERSION_ID))
			.leftJoin(finalExam)
			.on(finalExam.COURSE_VERSION_ID.eq(ENROLMENT.COURSE_VERSION_ID).and(finalExam.MODULE_ID.isNull()))
			.leftJoin(finalGrade)
			.on(finalGrade.QUIZ_ID.eq(finalExam.ID).and(finalGrade.USER_ID.eq(ENROLMENT.USER_ID)))
			.where(COURSE.SLUG.eq(courseId))
			.and(matching(filter, status))
			.orderBy(APP_USER.FULL_NAME, APP_USER.EMAIL)
			.fetch(r -> new GradebookRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8(), r.value9(), Optional.ofNullable(r.value10()).map(GradingMethod::valueOf),
					Optional.ofNullable(r.value11()), Optional.ofNullable(r.value12()), r.value13(),
					r.value14() == null ? 0 : r.value14(), FinalExamStatus.valueOf(r.value15()),
					fromColumn(r.value16())));
	}

	private static Condition matching(GradebookFilter filter, Field<String> status) {
		Condition condition = DSL.noCondition();
		if (filter.hasSearch()) {
			String like = "%" + escapeLike(filter.search().strip().toLowerCase(Locale.ROOT)) + "%";
			condition = condition.and(APP_USER.FULL_NAME.likeIgnoreCase(like, '!')
				.or(APP_USER.EMAIL.likeIgnoreCase(like, '!')));
		}
		if (filter.status() != null) {
			condition = condition.and(status.eq(filter.status().name()));
		}
		if (filter.versionNumber() != null) {
			condition = condition.and(COURSE_VERSION.VERSION_NUMBER.eq(filter.versionNumber()));
		}
		return condition;
	}

	/** A learner searching for "100%" or "a_b" means those characters, not LIKE's wildcards. */
	private static String escapeLike(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

}
