package org.htmacademy.learning.repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.htmacademy.learning.CatalogEntry;
import org.htmacademy.learning.CatalogFilter;

public interface LearningRepository {

	List<CatalogEntry> catalog(long userId, CatalogFilter filter);

	Optional<EnrolmentRow> findEnrolment(long userId, String courseSlug);

	List<EnrolmentRow> findEnrolments(long userId);

	/** Enrols in the live version; does nothing when already enrolled. */
	void enrol(long userId, String courseSlug, Instant now);

	Optional<VersionRow> findVersion(long versionId);

	Optional<Long> findLiveVersionId(String courseSlug);

	Map<String, String> liveTitles(List<String> courseSlugs);

	List<LessonRow> lessons(long versionId);

	/** Module id → that module's quiz. */
	Map<Long, ModuleQuizRow> moduleQuizzes(long versionId);

	/** How many of the version's quizzes (module quizzes and final exam) the enrolment has passed, of how many. */
	QuizTally quizTally(long versionId, long enrolmentId);

	Set<Long> completedLessons(long enrolmentId);

	void recordVisit(long enrolmentId, long lessonId, Instant now);

	void markComplete(long enrolmentId, long lessonId, Instant now);

	Optional<String> lessonHtml(long lessonId);

}
