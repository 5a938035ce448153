package org.htmacademy.learning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;

/**
 * A course page: the version the learner is enrolled in, or the live one before they enrol.
 *
 * @param newerVersion true when the learner's version is no longer the live one
 */
public record CourseOverview(String courseId, int versionNumber, String versionLabel, String title, Track track,
		Level level, String summary, List<String> objectives, BigDecimal ceHours, boolean awardsCertificate,
		List<CertificationArea> certificationAreas, List<Prerequisite> prerequisites, List<String> authors,
		List<String> references, boolean requiresLessons, boolean requiresFinalQuiz, List<ModuleOutline> modules,
		Optional<Progress> progress, boolean newerVersion) {

	public record CertificationArea(String certification, List<String> domains) {
	}

	public record Prerequisite(String courseId, String title) {
	}

	/** @param quizId the module's quiz, if it has one; {@code quizQuestions} is its pool size */
	public record ModuleOutline(String title, List<LessonLink> lessons, Optional<Long> quizId, int quizQuestions) {
	}

	public record LessonLink(String lessonId, String title, int wordCount, boolean completed) {
	}

	/** The signed-in learner's progress in their version of the course. */
	public record Progress(int lessonsCompleted, int lessonsTotal, Optional<String> resumeLessonId, int quizzesPassed,
			int quizzesTotal) {

		public double fraction() {
			return lessonsTotal == 0 ? 0 : (double) lessonsCompleted / lessonsTotal;
		}

	}

	public int lessonCount() {
		return modules.stream().mapToInt(m -> m.lessons().size()).sum();
	}

}
