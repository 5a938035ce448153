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

/** Writes imported course versions; a version is never updated once written. */
public interface CourseContentRepository {

	Optional<LiveVersion> findLiveVersion(String courseSlug);

	Map<String, LiveVersion> findLiveVersions();

	/** The content hash of the last version imported from the course tree, by course slug. */
	Map<String, String> findTreeContentHashes();

	/** The prerequisites of each course's live version, by course slug. */
	Map<String, List<String>> findLivePrerequisites();

	long ensureCourse(String courseSlug, Instant now);

	int nextVersionNumber(long courseId);

	long insertVersion(long courseId, int versionNumber, LoadedCourse course, VersionOrigin origin,
			Instant publishedAt);

	void insertAsset(long versionId, String path, String contentType, byte[] content);

	long insertModule(long versionId, int position, String slug, String title);

	long insertLesson(long moduleId, int position, LessonSource lesson, String html);

	long insertQuiz(long versionId, Long moduleId, QuizDefinition quiz);

	void insertQuestion(long quizId, int position, String title, String category, String type, int sourceLine,
			String definitionJson);

	void insertSkill(long versionId, int position, PracticalSkill skill);

	void publish(long courseId, long versionId);

	Optional<CourseAsset> findAsset(long versionId, String path);

}
