package org.htmacademy.course.repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.course.CourseAsset;
import org.htmacademy.course.VersionOrigin;
import org.htmacademy.course.content.LessonSource;
import org.htmacademy.course.content.LoadedCourse;
import org.htmacademy.course.content.PracticalSkill;
import org.htmacademy.course.content.QuizDefinition;
import org.htmacademy.course.content.QuizSettings;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_ASSET;
import static org.htmacademy.jooq.Tables.COURSE_MODULE;
import static org.htmacademy.jooq.Tables.COURSE_SKILL;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.LESSON;
import static org.htmacademy.jooq.Tables.QUESTION;
import static org.htmacademy.jooq.Tables.QUIZ;

@Repository
class JooqCourseContentRepository implements CourseContentRepository {

	private final DSLContext dsl;

	private final JsonMapper json;

	JooqCourseContentRepository(DSLContext dsl, JsonMapper json) {
		this.dsl = dsl;
		this.json = json;
	}

	@Override
	public Optional<LiveVersion> findLiveVersion(String courseSlug) {
		return dsl.select(COURSE.ID, COURSE_VERSION.ID, COURSE_VERSION.VERSION_NUMBER, COURSE_VERSION.CONTENT_HASH)
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.where(COURSE.SLUG.eq(courseSlug))
			.fetchOptional(r -> new LiveVersion(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	@Override
	public Map<String, LiveVersion> findLiveVersions() {
		return dsl.select(COURSE.SLUG, COURSE.ID, COURSE_VERSION.ID, COURSE_VERSION.VERSION_NUMBER,
				COURSE_VERSION.CONTENT_HASH)
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.fetchMap(r -> r.value1(), r -> new LiveVersion(r.value2(), r.value3(), r.value4(), r.value5()));
	}

	@Override
	public Map<String, String> findTreeContentHashes() {
		var lastTreeVersion = DSL.select(DSL.max(COURSE_VERSION.VERSION_NUMBER))
			.from(COURSE_VERSION)
			.where(COURSE_VERSION.COURSE_ID.eq(COURSE.ID).and(COURSE_VERSION.ORIGIN.eq(VersionOrigin.TREE.name())));
		return dsl.select(COURSE.SLUG, COURSE_VERSION.CONTENT_HASH)
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.COURSE_ID.eq(COURSE.ID).and(COURSE_VERSION.VERSION_NUMBER.eq(lastTreeVersion)))
			.fetchMap(r -> r.value1(), r -> r.value2());
	}

	@Override
	public Map<String, List<String>> findLivePrerequisites() {
		return dsl.select(COURSE.SLUG, COURSE_VERSION.PREREQUISITES)
			.from(COURSE)
			.join(COURSE_VERSION)
			.on(COURSE_VERSION.ID.eq(COURSE.CURRENT_VERSION_ID))
			.fetchMap(r -> r.value1(), r -> List.of(json.readValue(r.value2().data(), String[].class)));
	}

	@Override
	public long ensureCourse(String courseSlug, Instant now) {
		dsl.insertInto(COURSE, COURSE.SLUG, COURSE.CREATED_AT)
			.values(courseSlug, toColumn(now))
			.onDuplicateKeyIgnore()
			.execute();
		// lock the course row: two imports of one course cannot pick the same version number
		return dsl.select(COURSE.ID).from(COURSE).where(COURSE.SLUG.eq(courseSlug)).forUpdate().fetchSingle().value1();
	}

	@Override
	public int nextVersionNumber(long courseId) {
		Integer max = dsl.select(DSL.max(COURSE_VERSION.VERSION_NUMBER))
			.from(COURSE_VERSION)
			.where(COURSE_VERSION.COURSE_ID.eq(courseId))
			.fetchSingle()
			.value1();
		return max == null ? 1 : max + 1;
	}

	@Override
	public long insertVersion(long courseId, int versionNumber, LoadedCourse course, VersionOrigin origin,
			Instant publishedAt) {
		return dsl.insertInto(COURSE_VERSION)
			.set(COURSE_VERSION.COURSE_ID, courseId)
			.set(COURSE_VERSION.VERSION_NUMBER, versionNumber)
			.set(COURSE_VERSION.VERSION_LABEL, course.version())
			.set(COURSE_VERSION.CONTENT_HASH, course.contentHash())
			.set(COURSE_VERSION.ORIGIN, origin.name())
			.set(COURSE_VERSION.TITLE, course.title())
			.set(COURSE_VERSION.TRACK, course.track().name())
			.set(COURSE_VERSION.LEVEL, course.level().name())
			.set(COURSE_VERSION.SUMMARY, course.summary())
			.set(COURSE_VERSION.CE_HOURS, course.ceHours())
			.set(COURSE_VERSION.MINIMUM_SEAT_MINUTES, course.minimumSeatMinutes())
			.set(COURSE_VERSION.SEAT_MINUTES_STATED, course.completion().statedSeatMinutes() != null)
			.set(COURSE_VERSION.AWARDS_CERTIFICATE, course.awardsCertificate())
			.set(COURSE_VERSION.REQUIRES_LESSONS, course.completion().lessonsRead())
			.set(COURSE_VERSION.REQUIRES_FINAL_QUIZ, course.completion().finalQuizPassed())
			.set(COURSE_VERSION.OBJECTIVES, toJson(course.objectives()))
			.set(COURSE_VERSION.CERTIFICATION_AREAS, toJson(course.certificationAreas()))
			.set(COURSE_VERSION.PREREQUISITES, toJson(course.prerequisites()))
			.set(COURSE_VERSION.AUTHORS, toJson(course.authors()))
			.set(COURSE_VERSION.REFERENCE_LIST, toJson(course.references()))
			.set(COURSE_VERSION.PUBLISHED_AT, toColumn(publishedAt))
			.returningResult(COURSE_VERSION.ID)
			.fetchSingle()
			.value1();
	}

	@Override
	public void insertAsset(long versionId, String path, String contentType, byte[] content) {
		dsl.insertInto(COURSE_ASSET, COURSE_ASSET.COURSE_VERSION_ID, COURSE_ASSET.PATH, COURSE_ASSET.CONTENT_TYPE,
				COURSE_ASSET.CONTENT)
			.values(versionId, path, contentType, content)
			.execute();
	}

	@Override
	public long insertModule(long versionId, int position, String slug, String title) {
		return dsl.insertInto(COURSE_MODULE, COURSE_MODULE.COURSE_VERSION_ID, COURSE_MODULE.POSITION,
				COURSE_MODULE.SLUG, COURSE_MODULE.TITLE)
			.values(versionId, position, slug, title)
			.returningResult(COURSE_MODULE.ID)
			.fetchSingle()
			.value1();
	}

	@Override
	public long insertLesson(long moduleId, int position, LessonSource lesson, String html) {
		return dsl.insertInto(LESSON, LESSON.MODULE_ID, LESSON.POSITION, LESSON.SLUG, LESSON.SOURCE_PATH, LESSON.TITLE,
				LESSON.MARKDOWN, LESSON.HTML, LESSON.WORD_COUNT)
			.values(moduleId, position, lesson.id(), lesson.path(), lesson.title(), lesson.markdown(), html,
					lesson.wordCount())
			.returningResult(LESSON.ID)
			.fetchSingle()
			.value1();
	}

	@Override
	public long insertQuiz(long versionId, Long moduleId, QuizDefinition quiz) {
		QuizSettings s = quiz.settings();
		return dsl.insertInto(QUIZ)
			.set(QUIZ.COURSE_VERSION_ID, versionId)
			.set(QUIZ.MODULE_ID, moduleId)
			.set(QUIZ.SOURCE_FILE, quiz.file())
			.set(QUIZ.PASS_MARK, s.passMark())
			.set(QUIZ.ATTEMPTS_ALLOWED, s.attempts())
			.set(QUIZ.TIME_LIMIT_MINUTES, s.timeLimitMinutes())
			.set(QUIZ.SHUFFLE_QUESTIONS, s.shuffleQuestions())
			.set(QUIZ.SHUFFLE_ANSWERS, s.shuffleAnswers())
			.set(QUIZ.DRAW_COUNT, s.draw())
			.set(QUIZ.REVIEW_POLICY, s.review().name())
			.set(QUIZ.GRADING_METHOD, s.grading().name())
			.returningResult(QUIZ.ID)
			.fetchSingle()
			.value1();
	}

	@Override
	public void insertQuestion(long quizId, int position, String title, String category, String type, int sourceLine,
			String definitionJson) {
		dsl.insertInto(QUESTION)
			.set(QUESTION.QUIZ_ID, quizId)
			.set(QUESTION.POSITION, position)
			.set(QUESTION.TITLE, title)
			.set(QUESTION.CATEGORY, category)
			.set(QUESTION.QUESTION_TYPE, type)
			.set(QUESTION.SOURCE_LINE, sourceLine)
			.set(QUESTION.DEFINITION, JSON.json(definitionJson))
			.execute();
	}

	@Override
	public void insertSkill(long versionId, int position, PracticalSkill skill) {
		dsl.insertInto(COURSE_SKILL)
			.set(COURSE_SKILL.COURSE_VERSION_ID, versionId)
			.set(COURSE_SKILL.POSITION, position)
			.set(COURSE_SKILL.SLUG, skill.id())
			.set(COURSE_SKILL.TITLE, skill.title())
			.set(COURSE_SKILL.CHECKLIST, toJson(skill.checklist()))
			.execute();
	}

	@Override
	public void publish(long courseId, long versionId) {
		dsl.update(COURSE).set(COURSE.CURRENT_VERSION_ID, versionId).where(COURSE.ID.eq(courseId)).execute();
	}

	@Override
	public Optional<CourseAsset> findAsset(long versionId, String path) {
		return dsl.select(COURSE_ASSET.CONTENT_TYPE, COURSE_ASSET.CONTENT)
			.from(COURSE_ASSET)
			.where(COURSE_ASSET.COURSE_VERSION_ID.eq(versionId).and(COURSE_ASSET.PATH.eq(path)))
			.fetchOptional(r -> new CourseAsset(r.value1(), r.value2()));
	}

	private JSON toJson(Object value) {
		return JSON.json(json.writeValueAsString(value));
	}

}
