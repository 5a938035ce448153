package org.htmacademy.certificate.repository;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a learner stands against their course version's completion rule, with what a certificate would copy.
 *
 * @param lastLessonReadAt null when no lesson is read
 * @param finalExamPassedAt when the passing grade was recorded; null unless the final exam is passed
 * @param skillsTotal the hands-on skills of the course version; 0 for most courses
 * @param lastSkillSignedAt when the latest sign-off was recorded; null when none is
 * @param minimumSeatMinutes the version's minimum seat time; 0 when none
 * @param activeSeconds the learner's measured active time in the version
 * @param seatTimeMetAt when the active time reached the minimum; null until it has
 */
public record CompletionRow(long enrolmentId, long userId, long courseId, long versionId, String courseSlug,
		String learnerName, String courseTitle, String versionLabel, BigDecimal contactHours, boolean awardsCertificate,
		boolean requiresLessons, boolean requiresFinalQuiz, int lessonsTotal, int lessonsRead, Instant lastLessonReadAt,
		boolean hasFinalExam, Instant finalExamPassedAt, String certificationAreasJson, int skillsTotal,
		int skillsSigned, Instant lastSkillSignedAt, int minimumSeatMinutes, int activeSeconds, Instant seatTimeMetAt) {

	public boolean seatTimeMet() {
		return activeSeconds >= minimumSeatMinutes * 60L;
	}

}
