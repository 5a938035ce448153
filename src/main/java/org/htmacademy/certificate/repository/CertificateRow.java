package org.htmacademy.certificate.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An issued certificate as stored: the snapshot and its status. */
public record CertificateRow(long id, String number, String verificationCode, long userId, long enrolmentId,
		long courseId, String courseSlug, String learnerName, String courseTitle, String versionLabel,
		BigDecimal contactHours, BigDecimal ceus, Instant completedAt, String timeZone, List<String> certificationAreas,
		List<String> signedSkills, String providerName, String providerAddress, String accreditationStatement,
		String signatoryName, String signatoryTitle, Instant issuedAt, String status, Instant statusChangedAt,
		String statusReason, Long supersededById, Long reissueOfId) {
}
