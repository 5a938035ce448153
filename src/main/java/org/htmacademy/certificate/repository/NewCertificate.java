package org.htmacademy.certificate.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A certificate to store. {@code completionKey} is the enrolment id for the certificate issued on completion (at
 * most one per enrolment), null for a re-issue.
 */
public record NewCertificate(String number, String verificationCode, long userId, long enrolmentId,
		Long completionKey, long courseId, long versionId, String learnerName, String courseTitle, String versionLabel,
		BigDecimal contactHours, BigDecimal ceus, Instant completedAt, String timeZone, List<String> certificationAreas,
		List<String> signedSkills, String providerName, String providerAddress, String accreditationStatement,
		String signatoryName, String signatoryTitle, Instant issuedAt, Long reissueOfId) {
}
