package org.htmacademy.authoring.repository;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything stored for one published course version, as needed to write its course folder again. JSON columns are
 * given as stored.
 *
 * @param statedSeatMinutes the minimum seat time when course.yml stated it; null when the default applied
 */
public record VersionContent(long versionId, int versionNumber, String courseSlug, String versionLabel, String title,
		String track, String level, String summary, BigDecimal ceHours, boolean awardsCertificate,
		boolean requiresLessons, boolean requiresFinalQuiz, Integer statedSeatMinutes, String objectivesJson, String certificationAreasJson,
		String prerequisitesJson, String authorsJson, String referencesJson, List<ModuleContent> modules,
		List<QuizContent> quizzes, List<Asset> assets) {

	public record ModuleContent(long moduleId, String slug, String title, List<LessonContent> lessons) {
	}

	/** @param sourcePath null for versions imported before the path was kept */
	public record LessonContent(String slug, String sourcePath, String markdown) {
	}

	/** @param moduleId null for the final exam; questions as stored definitions, in order */
	public record QuizContent(Long moduleId, String sourceFile, int passMark, int attemptsAllowed,
			int timeLimitMinutes, boolean shuffleQuestions, boolean shuffleAnswers, int drawCount,
			String reviewPolicy, String gradingMethod, List<String> questionDefinitions) {
	}

	public record Asset(String path, byte[] content) {
	}

}
