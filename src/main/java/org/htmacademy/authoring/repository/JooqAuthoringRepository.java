package org.htmacademy.authoring.repository;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.htmacademy.security.Role;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import static org.htmacademy.common.UtcTime.fromColumn;
import static org.htmacademy.common.UtcTime.toColumn;
import static org.htmacademy.jooq.Tables.APP_USER;
import static org.htmacademy.jooq.Tables.COURSE;
import static org.htmacademy.jooq.Tables.COURSE_DRAFT;
import static org.htmacademy.jooq.Tables.COURSE_DRAFT_AUTHOR;
import static org.htmacademy.jooq.Tables.COURSE_DRAFT_FILE;
import static org.htmacademy.jooq.Tables.COURSE_INSTRUCTOR;
import static org.htmacademy.jooq.Tables.COURSE_VERSION;
import static org.htmacademy.jooq.Tables.USER_ROLE;

@Repository
class JooqAuthoringRepository implements AuthoringRepository {

	private static final org.htmacademy.jooq.tables.CourseVersion BASE = COURSE_VERSION.as("base");

	private static final org.htmacademy.jooq.tables.CourseVersion LIVE = COURSE_VERSION.as("live");

	private final DSLContext dsl;

	private final VersionReader versions;

	JooqAuthoringRepository(DSLContext dsl) {
		this.dsl = dsl;
		this.versions = new VersionReader(dsl);
	}

	@Override
	public long insertDraft(long courseDbId, Long baseVersionId, long userId, Instant now) {
		long id = dsl.insertInto(COURSE_DRAFT)
			.set(COURSE_DRAFT.COURSE_ID, courseDbId)
			.set(COURSE_DRAFT.BASE_VERSION_ID, baseVersionId)
			.set(COURSE_DRAFT.CREATED_BY, userId)
			.set(COURSE_DRAFT.CREATED_AT, toColumn(now))
			.set(COURSE_DRAFT.UPDATED_AT, toColumn(now))
			.returningResult(COURSE_DRAFT.ID)
			.fetchSingle()
			.value1();
		addAuthor(id, userId, now);
		return id;
	}

	@Override
	public Optional<DraftRow> findDraft(long draftId) {
		return selectDrafts().where(COURSE_DRAFT.ID.eq(draftId)).fetchOptional(JooqAuthoringRepository::draft);
	}

	@Override
	public List<DraftRow> findDraftsOf(long userId) {
		return selectDrafts().join(COURSE_DRAFT_AUTHOR)
			.on(COURSE_DRAFT_AUTHOR.DRAFT_ID.eq(COURSE_DRAFT.ID))
			.where(COURSE_DRAFT_AUTHOR.USER_ID.eq(userId))
			.orderBy(COURSE_DRAFT.UPDATED_AT.desc())
			.fetch(JooqAuthoringRepository::draft);
	}

	private org.jooq.SelectOnConditionStep<Record> selectDrafts() {
		return dsl.select(COURSE_DRAFT.asterisk(), COURSE.SLUG, BASE.VERSION_NUMBER, LIVE.VERSION_NUMBER)
			.from(COURSE_DRAFT)
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_DRAFT.COURSE_ID))
			.leftJoin(BASE)
			.on(BASE.ID.eq(COURSE_DRAFT.BASE_VERSION_ID))
			.leftJoin(LIVE)
			.on(LIVE.ID.eq(COURSE.CURRENT_VERSION_ID));
	}

	private static DraftRow draft(Record r) {
		return new DraftRow(r.get(COURSE_DRAFT.ID), r.get(COURSE_DRAFT.COURSE_ID), r.get(COURSE.SLUG),
				r.get(BASE.VERSION_NUMBER), r.get(LIVE.VERSION_NUMBER), r.get(COURSE_DRAFT.CREATED_BY),
				fromColumn(r.get(COURSE_DRAFT.CREATED_AT)), fromColumn(r.get(COURSE_DRAFT.UPDATED_AT)));
	}

	@Override
	public Optional<Long> findDraftOf(long courseDbId, long userId) {
		return dsl.select(COURSE_DRAFT.ID)
			.from(COURSE_DRAFT)
			.join(COURSE_DRAFT_AUTHOR)
			.on(COURSE_DRAFT_AUTHOR.DRAFT_ID.eq(COURSE_DRAFT.ID))
			.where(COURSE_DRAFT.COURSE_ID.eq(courseDbId).and(COURSE_DRAFT_AUTHOR.USER_ID.eq(userId)))
			.orderBy(COURSE_DRAFT.ID)
			.limit(1)
			.fetchOptional(r -> r.value1());
	}

	@Override
	public void touchDraft(long draftId, Instant now) {
		dsl.update(COURSE_DRAFT).set(COURSE_DRAFT.UPDATED_AT, toColumn(now)).where(COURSE_DRAFT.ID.eq(draftId)).execute();
	}

	@Override
	public void deleteDraft(long draftId) {
		dsl.deleteFrom(COURSE_DRAFT).where(COURSE_DRAFT.ID.eq(draftId)).execute();
	}

	@Override
	public boolean isAuthor(long draftId, long userId) {
		return dsl.fetchExists(COURSE_DRAFT_AUTHOR,
				COURSE_DRAFT_AUTHOR.DRAFT_ID.eq(draftId).and(COURSE_DRAFT_AUTHOR.USER_ID.eq(userId)));
	}

	@Override
	public List<PersonRow> findAuthors(long draftId) {
		return dsl.select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.EMAIL)
			.from(COURSE_DRAFT_AUTHOR)
			.join(APP_USER)
			.on(APP_USER.ID.eq(COURSE_DRAFT_AUTHOR.USER_ID))
			.where(COURSE_DRAFT_AUTHOR.DRAFT_ID.eq(draftId))
			.orderBy(COURSE_DRAFT_AUTHOR.ADDED_AT, APP_USER.ID)
			.fetch(r -> new PersonRow(r.value1(), r.value2(), r.value3()));
	}

	@Override
	public void addAuthor(long draftId, long userId, Instant now) {
		dsl.insertInto(COURSE_DRAFT_AUTHOR, COURSE_DRAFT_AUTHOR.DRAFT_ID, COURSE_DRAFT_AUTHOR.USER_ID,
				COURSE_DRAFT_AUTHOR.ADDED_AT)
			.values(draftId, userId, toColumn(now))
			.onDuplicateKeyIgnore()
			.execute();
	}

	@Override
	public void removeAuthor(long draftId, long userId) {
		dsl.deleteFrom(COURSE_DRAFT_AUTHOR)
			.where(COURSE_DRAFT_AUTHOR.DRAFT_ID.eq(draftId).and(COURSE_DRAFT_AUTHOR.USER_ID.eq(userId)))
			.execute();
	}

	@Override
	public List<DraftFileRow> findFiles(long draftId) {
		return selectFiles().where(COURSE_DRAFT_FILE.DRAFT_ID.eq(draftId))
			.orderBy(COURSE_DRAFT_FILE.PATH)
			.fetch(JooqAuthoringRepository::file);
	}

	@Override
	public Optional<DraftFileRow> findFile(long draftId, String path) {
		return selectFiles().where(COURSE_DRAFT_FILE.DRAFT_ID.eq(draftId).and(COURSE_DRAFT_FILE.PATH.eq(path)))
			.fetchOptional(JooqAuthoringRepository::file);
	}

	private org.jooq.SelectOnConditionStep<Record> selectFiles() {
		return dsl.select(COURSE_DRAFT_FILE.asterisk(), APP_USER.FULL_NAME)
			.from(COURSE_DRAFT_FILE)
			.join(APP_USER)
			.on(APP_USER.ID.eq(COURSE_DRAFT_FILE.UPDATED_BY));
	}

	private static DraftFileRow file(Record r) {
		return new DraftFileRow(r.get(COURSE_DRAFT_FILE.PATH), r.get(COURSE_DRAFT_FILE.CONTENT),
				r.get(COURSE_DRAFT_FILE.VERSION), r.get(APP_USER.FULL_NAME),
				fromColumn(r.get(COURSE_DRAFT_FILE.UPDATED_AT)));
	}

	@Override
	public boolean insertFile(long draftId, String path, byte[] content, long userId, Instant now) {
		try {
			return dsl.insertInto(COURSE_DRAFT_FILE)
				.set(COURSE_DRAFT_FILE.DRAFT_ID, draftId)
				.set(COURSE_DRAFT_FILE.PATH, path)
				.set(COURSE_DRAFT_FILE.CONTENT, content)
				.set(COURSE_DRAFT_FILE.VERSION, 1)
				.set(COURSE_DRAFT_FILE.UPDATED_BY, userId)
				.set(COURSE_DRAFT_FILE.UPDATED_AT, toColumn(now))
				.onDuplicateKeyIgnore()
				.execute() == 1;
		}
		catch (DuplicateKeyException e) {
			return false;
		}
	}

	@Override
	public boolean updateFile(long draftId, String path, byte[] content, int expectedVersion, long userId,
			Instant now) {
		return dsl.update(COURSE_DRAFT_FILE)
			.set(COURSE_DRAFT_FILE.CONTENT, content)
			.set(COURSE_DRAFT_FILE.VERSION, COURSE_DRAFT_FILE.VERSION.plus(1))
			.set(COURSE_DRAFT_FILE.UPDATED_BY, userId)
			.set(COURSE_DRAFT_FILE.UPDATED_AT, toColumn(now))
			.where(COURSE_DRAFT_FILE.DRAFT_ID.eq(draftId)
				.and(COURSE_DRAFT_FILE.PATH.eq(path))
				.and(COURSE_DRAFT_FILE.VERSION.eq(expectedVersion)))
			.execute() == 1;
	}

	@Override
	public boolean deleteFile(long draftId, String path, int expectedVersion) {
		return dsl.deleteFrom(COURSE_DRAFT_FILE)
			.where(COURSE_DRAFT_FILE.DRAFT_ID.eq(draftId)
				.and(COURSE_DRAFT_FILE.PATH.eq(path))
				.and(COURSE_DRAFT_FILE.VERSION.eq(expectedVersion)))
			.execute() == 1;
	}

	@Override
	public Optional<CourseRow> findCourse(String slug) {
		return selectCourses().where(COURSE.SLUG.eq(slug)).fetchOptional(JooqAuthoringRepository::course);
	}

	@Override
	public Optional<Long> insertCourse(String slug, Instant now) {
		int inserted = dsl.insertInto(COURSE, COURSE.SLUG, COURSE.CREATED_AT)
			.values(slug, toColumn(now))
			.onDuplicateKeyIgnore()
			.execute();
		if (inserted == 0) {
			return Optional.empty();
		}
		return Optional.of(dsl.select(COURSE.ID).from(COURSE).where(COURSE.SLUG.eq(slug)).fetchSingle().value1());
	}

	@Override
	public void deleteCourseIfUnused(long courseDbId) {
		boolean used = dsl.fetchExists(COURSE_VERSION, COURSE_VERSION.COURSE_ID.eq(courseDbId))
				|| dsl.fetchExists(COURSE_DRAFT, COURSE_DRAFT.COURSE_ID.eq(courseDbId));
		if (!used) {
			dsl.deleteFrom(COURSE_INSTRUCTOR).where(COURSE_INSTRUCTOR.COURSE_ID.eq(courseDbId)).execute();
			dsl.deleteFrom(COURSE).where(COURSE.ID.eq(courseDbId)).execute();
		}
	}

	@Override
	public boolean isInstructor(long courseDbId, long userId) {
		return dsl.fetchExists(COURSE_INSTRUCTOR,
				COURSE_INSTRUCTOR.COURSE_ID.eq(courseDbId).and(COURSE_INSTRUCTOR.USER_ID.eq(userId)));
	}

	@Override
	public void addInstructor(long courseDbId, long userId, Instant now) {
		dsl.insertInto(COURSE_INSTRUCTOR, COURSE_INSTRUCTOR.COURSE_ID, COURSE_INSTRUCTOR.USER_ID,
				COURSE_INSTRUCTOR.ASSIGNED_AT)
			.values(courseDbId, userId, toColumn(now))
			.onDuplicateKeyIgnore()
			.execute();
	}

	@Override
	public List<CourseRow> findCourses(long userId, boolean everyCourse) {
		var query = selectCourses();
		var taught = everyCourse ? query.where(DSL.noCondition())
				: query.where(DSL.exists(DSL.selectOne()
					.from(COURSE_INSTRUCTOR)
					.where(COURSE_INSTRUCTOR.COURSE_ID.eq(COURSE.ID).and(COURSE_INSTRUCTOR.USER_ID.eq(userId)))));
		return taught.orderBy(DSL.coalesce(LIVE.TITLE, COURSE.SLUG)).fetch(JooqAuthoringRepository::course);
	}

	private org.jooq.SelectOnConditionStep<Record> selectCourses() {
		Field<?>[] fields = { COURSE.ID, COURSE.SLUG, LIVE.TITLE, LIVE.VERSION_NUMBER, LIVE.ID };
		return dsl.select(fields).from(COURSE).leftJoin(LIVE).on(LIVE.ID.eq(COURSE.CURRENT_VERSION_ID));
	}

	private static CourseRow course(Record r) {
		return new CourseRow(r.get(COURSE.ID), r.get(COURSE.SLUG), r.get(LIVE.TITLE), r.get(LIVE.VERSION_NUMBER),
				r.get(LIVE.ID));
	}

	@Override
	public Optional<PersonRow> findInstructorByEmail(String email) {
		return dsl.select(APP_USER.ID, APP_USER.FULL_NAME, APP_USER.EMAIL)
			.from(APP_USER)
			.join(USER_ROLE)
			.on(USER_ROLE.USER_ID.eq(APP_USER.ID))
			.where(APP_USER.EMAIL.eq(email.strip().toLowerCase(Locale.ROOT))
				.and(USER_ROLE.ROLE.eq(Role.INSTRUCTOR.name()))
				.and(APP_USER.ENABLED.isTrue()))
			.fetchOptional(r -> new PersonRow(r.value1(), r.value2(), r.value3()));
	}

	@Override
	public VersionContent readVersion(long versionId) {
		return versions.read(versionId);
	}

}
