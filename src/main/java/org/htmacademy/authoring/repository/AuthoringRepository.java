package org.htmacademy.authoring.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Drafts, their files and authors, who teaches which course, and published versions read back for export. */
public interface AuthoringRepository {

	long insertDraft(long courseDbId, Long baseVersionId, long userId, Instant now);

	Optional<DraftRow> findDraft(long draftId);

	List<DraftRow> findDraftsOf(long userId);

	Optional<Long> findDraftOf(long courseDbId, long userId);

	void touchDraft(long draftId, Instant now);

	void deleteDraft(long draftId);

	boolean isAuthor(long draftId, long userId);

	List<PersonRow> findAuthors(long draftId);

	void addAuthor(long draftId, long userId, Instant now);

	void removeAuthor(long draftId, long userId);

	List<DraftFileRow> findFiles(long draftId);

	Optional<DraftFileRow> findFile(long draftId, String path);

	/** False when the draft already has a file at the path. */
	boolean insertFile(long draftId, String path, byte[] content, long userId, Instant now);

	/** Replaces the file if it is still at {@code expectedVersion}; false when it is not (or is gone). */
	boolean updateFile(long draftId, String path, byte[] content, int expectedVersion, long userId, Instant now);

	/** False when the file is gone or not at {@code expectedVersion}. */
	boolean deleteFile(long draftId, String path, int expectedVersion);

	Optional<CourseRow> findCourse(String slug);

	/** A new course row with no version yet, reserving the slug; empty when the slug is taken. */
	Optional<Long> insertCourse(String slug, Instant now);

	/** Removes a course row that has no version and no draft, with its instructors. */
	void deleteCourseIfUnused(long courseDbId);

	boolean isInstructor(long courseDbId, long userId);

	void addInstructor(long courseDbId, long userId, Instant now);

	/** The courses the user teaches, or every course when {@code everyCourse}, by title. */
	List<CourseRow> findCourses(long userId, boolean everyCourse);

	Optional<PersonRow> findInstructorByEmail(String email);

	VersionContent readVersion(long versionId);

}
