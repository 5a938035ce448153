package org.htmacademy.authoring.repository;

import java.util.List;
import java.util.Map;

import org.htmacademy.authoring.repository.VersionContent.Asset;
import org.htmacademy.authoring.repository.VersionContent.LessonContent;
import org.htmacademy.authoring.repository.VersionContent.ModuleContent;
import org.htmacademy.authoring.repository.VersionContent.QuizContent;
import org.jooq.DSLContext;
import org.jooq.Record;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_ASSET;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.LESSON;
import static org.htmacademy.jooq.Tables.QUESTION;
import static org.htmacademy.jooq.Tables.QUIZ;

/** Reads a whole published version back, one query per table. */
final class VersionReader {

	private final DSLContext dsl;

	VersionReader(DSLContext dsl) {
		this.dsl = dsl;
	}

	VersionContent read(long versionId) {
		Record v = dsl.select(COURSE_VERSION.asterisk(), COURSE.SLUG)
			.from(COURSE_VERSION)
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_VERSION.COURSE_ID))
			.where(COURSE_VERSION.ID.eq(versionId))
			.fetchSingle();
		Map<Long, List<LessonContent>> lessons = dsl.select(LESSON.MODULE_ID, LESSON.SLUG, LESSON.SOURCE_PATH,
				LESSON.MARKDOWN)
			.from(LESSON)
			.join(COURSE_MODULE)
			.on(COURSE_MODULE.ID.eq(LESSON.MODULE_ID))
			.where(COURSE_MODULE.COURSE_VERSION_ID.eq(versionId))
			.orderBy(LESSON.MODULE_ID, LESSON.POSITION)
			.fetch()
			.stream()
			.collect(groupingBy(r -> r.value1(),
					mapping(r -> new LessonContent(r.value2(), r.value3(), r.value4()), toList())));
		List<ModuleContent> modules = dsl.selectFrom(COURSE_MODULE)
			.where(COURSE_MODULE.COURSE_VERSION_ID.eq(versionId))
			.orderBy(COURSE_MODULE.POSITION)
			.fetch(m -> new ModuleContent(m.getId(), m.getSlug(), m.getTitle(),
					lessons.getOrDefault(m.getId(), List.of())));
		Map<Long, List<String>> questions = dsl.select(QUESTION.QUIZ_ID, QUESTION.DEFINITION)
			.from(QUESTION)
			.join(QUIZ)
			.on(QUIZ.ID.eq(QUESTION.QUIZ_ID))
			.where(QUIZ.COURSE_VERSION_ID.eq(versionId))
			.orderBy(QUESTION.QUIZ_ID, QUESTION.POSITION)
			.fetch()
			.stream()
			.collect(groupingBy(r -> r.value1(), mapping(r -> r.value2().data(), toList())));
		List<QuizContent> quizzes = dsl.selectFrom(QUIZ)
			.where(QUIZ.COURSE_VERSION_ID.eq(versionId))
			.orderBy(QUIZ.ID)
			.fetch(q -> new QuizContent(q.getModuleId(), q.getSourceFile(), q.getPassMark(), q.getAttemptsAllowed(),
					q.getTimeLimitMinutes(), q.getShuffleQuestions(), q.getShuffleAnswers(), q.getDrawCount(),
					q.getReviewPolicy(), q.getGradingMethod(), questions.getOrDefault(q.getId(), List.of())));
		List<Asset> assets = dsl.select(COURSE_ASSET.PATH, COURSE_ASSET.CONTENT)
			.from(COURSE_ASSET)
			.where(COURSE_ASSET.COURSE_VERSION_ID.eq(versionId))
			.orderBy(COURSE_ASSET.PATH)
			.fetch(r -> new Asset(r.value1(), r.value2()));
		return new VersionContent(versionId, v.get(COURSE_VERSION.VERSION_NUMBER), v.get(COURSE.SLUG),
				v.get(COURSE_VERSION.VERSION_LABEL), v.get(COURSE_VERSION.TITLE), v.get(COURSE_VERSION.TRACK),
				v.get(COURSE_VERSION.LEVEL), v.get(COURSE_VERSION.SUMMARY), v.get(COURSE_VERSION.CE_HOURS),
				v.get(COURSE_VERSION.AWARDS_CERTIFICATE), v.get(COURSE_VERSION.REQUIRES_LESSONS),
				v.get(COURSE_VERSION.REQUIRES_FINAL_QUIZ),
				v.get(COURSE_VERSION.SEAT_MINUTES_STATED) ? v.get(COURSE_VERSION.MINIMUM_SEAT_MINUTES) : null,
				v.get(COURSE_VERSION.OBJECTIVES).data(),
				v.get(COURSE_VERSION.CERTIFICATION_AREAS).data(), v.get(COURSE_VERSION.PREREQUISITES).data(),
				v.get(COURSE_VERSION.AUTHORS).data(), v.get(COURSE_VERSION.REFERENCE_LIST).data(), modules, quizzes,
				assets);
	}

}
