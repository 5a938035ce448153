package org.htmacademy.learning.repository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A course version's descriptive fields, with the JSON lists already read. */
public record VersionRow(long versionId, long courseId, String courseSlug, int versionNumber, String versionLabel,
		String title, String track, String level, String summary, BigDecimal ceHours, boolean awardsCertificate,
		boolean requiresLessons, boolean requiresFinalQuiz, List<String> objectives,
		List<Map<String, Object>> certificationAreas, List<String> prerequisites, List<Map<String, Object>> authors,
		List<String> references, boolean live) {
}
