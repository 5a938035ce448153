package org.htmacademy.certificate.repository;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a learner stands against their course version's completion rule, with what a certificate would copy.
 *
 * @param lastLessonReadAt null when no lesson is read
 * @param finalExamPassedAt when the passing grade was recorded; null unless the final exam is passed
 */
public record CompletionRow(long enrolmentId, long userId, long courseId, long versionId, String courseSlug,
		String learnerName, String courseTitle, String versionLabel, BigDecimal contactHours, boolean awardsCertificate,
		boolean requiresLessons, boolean requiresFinalQuiz, int lessonsTotal, int lessonsRead, Instant lastLessonReadAt,
		boolean hasFinalExam, Instant finalExamPassedAt, String certificationAreasJson) {
}
