package org.htmacademy.learning.repository;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;
import org.htmacademy.learning.CatalogEntry;
import org.htmacademy.learning.CatalogFilter;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.htmacademy.common.UtcTime.fromColumn;
import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.ENROLMENT;
import static org.htmacademy.jooq.Tables.LESSON;
import static org.htmacademy.jooq.Tables.LESSON_COMPLETION;
import static org.htmacademy.jooq.Tables.QUESTION;
import static org.htmacademy.jooq.Tables.QUIZ;
import static org.htmacademy.jooq.Tables.QUIZ_GRADE;

@Repository
class JooqLearningRepository implements LearningRepository {

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqLearningRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Override
	public List<CatalogEntry> catalog(long userId, CatalogFilter filter) {
		Field<Integer> lessonCount = DSL.field(DSL.selectCount()
			.from(LESSON)
			.join(COURSE_MODULE)
			.on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
			.where(COURSE_MODULE.COURSE_VERSION_ID.eq(COURSE_VERSION.ID)));
		// Only a version that requires a passed final exam issues a certificate (DD023).
		Field<Boolean> certified = DSL.field(COURSE_VERSION.AWARDS_CERTIFICATE.isTrue()
			.and(COURSE_VERSION.REQUIRES_FINAL_QUIZ.isTrue()));
		Field<Boolean> enrolled = DSL.field(DSL.exists(DSL.selectOne()
			.from(ENROLMENT)
			.where(ENROLMENT.COURSE_ID.eq(COURSE.ID).and(ENROLMENT.USER_ID.eq(userId)))));
		return dsl.select(COURSE.SLUG, COURSE_VERSION.TITLE, COURSE_VERSION.TRACK, COURSE_VERSION.LEVEL,
				COURSE_VERSION.CE_HOURS, certified, COURSE_VERSION.SUMMARY, lessonCount, enrolled)
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.where(matching(filter))
			.orderBy(COURSE_VERSION.TRACK, COURSE_VERSION.LEVEL, COURSE_VERSION.TITLE)
			.fetch(r -> new CatalogEntry(r.value1(), r.value2(), Track.valueOf(r.value3()), Level.valueOf(r.value4()),
					r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
	}

	private static Condition matching(CatalogFilter filter) {
		Condition condition = DSL.noCondition();
		if (filter.search() != null && !filter.search().isBlank()) {
			String like = "%" + filter.search().strip().toLowerCase(Locale.ROOT) + "%";
			condition = condition.and(COURSE_VERSION.TITLE.likeIgnoreCase(like)
				.or(COURSE_VERSION.SUMMARY.likeIgnoreCase(like))
				.or(COURSE.SLUG.likeIgnoreCase(like)));
		}
		if (filter.track() != null) {
			condition = condition.and(COURSE_VERSION.TRACK.eq(filter.track().name()));
		}
		if (filter.level() != null) {
			condition = condition.and(COURSE_VERSION.LEVEL.eq(filter.level().name()));
		}
		if (filter.minHours() != null) {
			condition = condition.and(COURSE_VERSION.CE_HOURS.ge(filter.minHours()));
		}
		if (filter.maxHours() != null) {
			condition = condition.and(COURSE_VERSION.CE_HOURS.le(filter.maxHours()));
		}
		return condition;
	}

	@Override
	public Optional<EnrolmentRow> findEnrolment(long userId, String courseSlug) {
		return dsl.select(ENROLMENT.ID, ENROLMENT.COURSE_ID, ENROLMENT.COURSE_VERSION_ID, ENROLMENT.LAST_LESSON_ID,
				ENROLMENT.LAST_ACTIVITY_AT)
			.from(ENROLMENT)
			.join(COURSE)
			.on(COURSE.ID.eq(ENROLMENT.COURSE_ID))
			.where(ENROLMENT.USER_ID.eq(userId).and(COURSE.SLUG.eq(courseSlug)))
			.fetchOptional(r -> new EnrolmentRow(r.value1(), r.value2(), r.value3(), r.value4(), fromColumn(r.value5())));
	}

	@Override
	public List<EnrolmentRow> findEnrolments(long userId) {
		return dsl.select(ENROLMENT.ID, ENROLMENT.COURSE_ID, ENROLMENT.COURSE_VERSION_ID, ENROLMENT.LAST_LESSON_ID,
				ENROLMENT.LAST_ACTIVITY_AT)
			.from(ENROLMENT)
			.where(ENROLMENT.USER_ID.eq(userId))
			.orderBy(ENROLMENT.LAST_ACTIVITY_AT.desc())
			.fetch(r -> new EnrolmentRow(r.value1(), r.value2(), r.value3(), r.value4(), fromColumn(r.value5())));
	}

	@Override
	public void enrol(long userId, String courseSlug, Instant now) {
		dsl.insertInto(ENROLMENT, ENROLMENT.USER_ID, ENROLMENT.COURSE_ID, ENROLMENT.COURSE_VERSION_ID,
				ENROLMENT.ENROLLED_AT, ENROLMENT.LAST_ACTIVITY_AT)
			.select(DSL.select(DSL.val(userId), COURSE.ID, COURSE.CURRENT_VERSION_ID, DSL.val(toColumn(now)),
					DSL.val(toColumn(now)))
				.from(COURSE)
				.where(COURSE.SLUG.eq(courseSlug).and(COURSE.CURRENT_VERSION_ID.isNotNull())))
			.onDuplicateKeyIgnore()
			.execute();
	}

	@Override
	public Optional<VersionRow> findVersion(long versionId) {
		return dsl.select(COURSE_VERSION.asterisk(), COURSE.SLUG, COURSE.CURRENT_VERSION_ID)
			.from(COURSE_VERSION)
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_VERSION.COURSE_ID))
			.where(COURSE_VERSION.ID.eq(versionId))
			.fetchOptional(r -> new VersionRow(r.get(COURSE_VERSION.ID), r.get(COURSE_VERSION.COURSE_ID),
					r.get(COURSE.SLUG), r.get(COURSE_VERSION.VERSION_NUMBER), r.get(COURSE_VERSION.VERSION_LABEL),
					r.get(COURSE_VERSION.TITLE), r.get(COURSE_VERSION.TRACK), r.get(COURSE_VERSION.LEVEL),
					r.get(COURSE_VERSION.SUMMARY), r.get(COURSE_VERSION.CE_HOURS),
					r.get(COURSE_VERSION.AWARDS_CERTIFICATE), r.get(COURSE_VERSION.REQUIRES_LESSONS),
					r.get(COURSE_VERSION.REQUIRES_FINAL_QUIZ), strings(r.get(COURSE_VERSION.OBJECTIVES)),
					objects(r.get(COURSE_VERSION.CERTIFICATION_AREAS)), strings(r.get(COURSE_VERSION.PREREQUISITES)),
					objects(r.get(COURSE_VERSION.AUTHORS)), strings(r.get(COURSE_VERSION.REFERENCE_LIST)),
					versionId == r.get(COURSE.CURRENT_VERSION_ID)));
	}

	@Override
	public Optional<Long> findLiveVersionId(String courseSlug) {
		return dsl.select(COURSE.CURRENT_VERSION_ID)
			.from(COURSE)
			.where(COURSE.SLUG.eq(courseSlug).and(COURSE.CURRENT_VERSION_ID.isNotNull()))
			.fetchOptional(r -> r.value1());
	}

	@Override
	public Map<String, String> liveTitles(List<String> courseSlugs) {
		return dsl.select(COURSE.SLUG, COURSE_VERSION.TITLE)
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.where(COURSE.SLUG.in(courseSlugs))
			.fetchMap(r -> r.value1(), r -> r.value2());
	}

	@Override
	public List<LessonRow> lessons(long versionId) {
		return dsl.select(LESSON.ID, LESSON.SLUG, LESSON.TITLE, COURSE_MODULE.ID, COURSE_MODULE.TITLE, LESSON.WORD_COUNT)
			.from(LESSON)
			.join(COURSE_MODULE)
			.on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
			.where(COURSE_MODULE.COURSE_VERSION_ID.eq(versionId))
			.orderBy(COURSE_MODULE.POSITION, LESSON.POSITION)
			.fetch(r -> new LessonRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
	}

	@Override
	public Map<Long, ModuleQuizRow> moduleQuizzes(long versionId) {
		return dsl.select(QUIZ.MODULE_ID, QUIZ.ID, DSL.count(QUESTION.ID))
			.from(QUIZ)
			.join(QUESTION)
			.on(QUESTION.QUIZ_ID.eq(QUIZ.ID))
			.where(QUIZ.COURSE_VERSION_ID.eq(versionId).and(QUIZ.MODULE_ID.isNotNull()))
			.groupBy(QUIZ.MODULE_ID, QUIZ.ID)
			.fetchMap(r -> r.value1(), r -> new ModuleQuizRow(r.value2(), r.value3()));
	}

	@Override
	public QuizTally quizTally(long versionId, long enrolmentId) {
		return dsl.select(DSL.count(QUIZ.ID), DSL.count(QUIZ_GRADE.QUIZ_ID))
			.from(QUIZ)
			.leftJoin(QUIZ_GRADE)
			.on(QUIZ_GRADE.QUIZ_ID.eq(QUIZ.ID)
				.and(QUIZ_GRADE.ENROLMENT_ID.eq(enrolmentId))
				.and(QUIZ_GRADE.PASSED.isTrue()))
			.where(QUIZ.COURSE_VERSION_ID.eq(versionId))
			.fetchSingle(r -> new QuizTally(r.value2(), r.value1()));
	}

	@Override
	public Set<Long> completedLessons(long enrolmentId) {
		return new HashSet<>(dsl.select(LESSON_COMPLETION.LESSON_ID)
			.from(LESSON_COMPLETION)
			.where(LESSON_COMPLETION.ENROLMENT_ID.eq(enrolmentId))
			.fetch(r -> r.value1()));
	}

	@Override
	public void recordVisit(long enrolmentId, long lessonId, Instant now) {
		dsl.update(ENROLMENT)
			.set(ENROLMENT.LAST_LESSON_ID, lessonId)
			.set(ENROLMENT.LAST_ACTIVITY_AT, toColumn(now))
			.where(ENROLMENT.ID.eq(enrolmentId))
			.execute();
	}

	@Override
	public void markComplete(long enrolmentId, long lessonId, Instant now) {
		dsl.insertInto(LESSON_COMPLETION, LESSON_COMPLETION.ENROLMENT_ID, LESSON_COMPLETION.LESSON_ID,
				LESSON_COMPLETION.COMPLETED_AT)
			.values(enrolmentId, lessonId, toColumn(now))
			.onDuplicateKeyIgnore()
			.execute();
		dsl.update(ENROLMENT).set(ENROLMENT.LAST_ACTIVITY_AT, toColumn(now)).where(ENROLMENT.ID.eq(enrolmentId)).execute();
	}

	@Override
	public Optional<String> lessonHtml(long lessonId) {
		return dsl.select(LESSON.HTML).from(LESSON).where(LESSON.ID.eq(lessonId)).fetchOptional(r -> r.value1());
	}

	private List<String> strings(JSON value) {
		return json.readValue(value.data(), new TypeReference<List<String>>() {
		});
	}

	private List<Map<String, Object>> objects(JSON value) {
		return json.readValue(value.data(), new TypeReference<List<Map<String, Object>>>() {
		});
	}

}
