package org.htmacademy.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A certificate as its holder, their instructors and administrators see it.
 *
 * @param statusReason why it was revoked or re-issued; empty while valid
 */
public record IssuedCertificate(String number, String verificationCode, String verificationUrl, String learnerName,
		String courseId, String courseTitle, String courseVersion, BigDecimal contactHours, BigDecimal ceus,
		Instant completedAt, ZoneId timeZone, List<String> certificationAreas, List<String> signedSkills,
		Instant issuedAt, CertificateStatus status, Optional<Instant> statusChangedAt, Optional<String> statusReason) {
}
