package org.htmacademy.certificate.badge;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * An issued certificate as the badge needs it. None of the identifiers may be a database id.
 *
 * @param verificationUrl the certificate's public verification page; also the credential's {@code id}
 * @param recipientId the learner as a URI that stays the same across their certificates but reveals nothing, e.g.
 * {@code urn:uuid:…}; it becomes {@code credentialSubject.id} and the JWT {@code sub}
 * @param achievementId a URI for this version of the course, e.g. {@code https://htm.academy/achievements/…/2.1}
 * @param criteria what the learner had to do, e.g. "Completed all lessons and passed the final quiz with 80 %"
 * @param certificationAreas AAMI certification areas the course supports; may be empty
 * @param issuedAt when the certificate was issued; whole seconds are kept, as JWT dates have no finer grain
 */
public record AwardedCertificate(String certificateNumber, URI verificationUrl, URI recipientId, String learnerName,
		URI achievementId, String courseTitle, String courseVersion, String achievementDescription, String criteria,
		BigDecimal contactHours, List<String> certificationAreas, Instant issuedAt, BadgeIssuer issuer) {

	public AwardedCertificate {
		requireText(certificateNumber, "certificateNumber");
		Objects.requireNonNull(verificationUrl, "verificationUrl");
		Objects.requireNonNull(recipientId, "recipientId");
		requireText(learnerName, "learnerName");
		Objects.requireNonNull(achievementId, "achievementId");
		requireText(courseTitle, "courseTitle");
		requireText(courseVersion, "courseVersion");
		requireText(achievementDescription, "achievementDescription");
		requireText(criteria, "criteria");
		if (Objects.requireNonNull(contactHours, "contactHours").signum() <= 0) {
			throw new IllegalArgumentException("contactHours must be positive: " + contactHours);
		}
		certificationAreas = List.copyOf(certificationAreas);
		issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
		Objects.requireNonNull(issuer, "issuer");
	}

	/** IACET's continuing education unit: 1 CEU = 10 contact hours. */
	public BigDecimal ceus() {
		return contactHours.movePointLeft(1);
	}

	private static void requireText(String value, String name) {
		if (Objects.requireNonNull(value, name).isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
