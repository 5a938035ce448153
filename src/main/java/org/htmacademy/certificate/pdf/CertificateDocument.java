package org.htmacademy.certificate.pdf;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a certificate. The provider, accreditation statement and signatory come from
 * configuration, never from the renderer, because they change with the accrediting body.
 *
 * @param certificationAreas AAMI certification areas the course supports, e.g. "CBET: Healthcare information
 * technology"; may be empty
 * @param verificationCode the code printed beside the QR code for typing, grouped, e.g. {@code 0F3K-9QZW-…}
 * @param verificationUrl the short URL encoded in the QR code (the code is its last part)
 * @param verificationPage where a number or code is typed, as printed, e.g. {@code academy.example.org/verify}
 * @param signedSkills hands-on skills signed off by an instructor, e.g. "Runs a weekly spore test — signed by Priya
 * Raman on 2027-03-02"; printed only when there are any
 */
public record CertificateDocument(String providerName, String providerAddress, String learnerName,
		String courseTitle, String courseVersion, ZonedDateTime completedAt, BigDecimal contactHours,
		List<String> certificationAreas, String accreditationStatement, String signatoryName, String signatoryTitle,
		String certificateNumber, String verificationCode, String verificationUrl, String verificationPage,
		List<String> signedSkills) {

	/** A certificate of a course without hands-on skills. */
	public CertificateDocument(String providerName, String providerAddress, String learnerName, String courseTitle,
			String courseVersion, ZonedDateTime completedAt, BigDecimal contactHours, List<String> certificationAreas,
			String accreditationStatement, String signatoryName, String signatoryTitle, String certificateNumber,
			String verificationCode, String verificationUrl, String verificationPage) {
		this(providerName, providerAddress, learnerName, courseTitle, courseVersion, completedAt, contactHours,
				certificationAreas, accreditationStatement, signatoryName, signatoryTitle, certificateNumber,
				verificationCode, verificationUrl, verificationPage, List.of());
	}

	public CertificateDocument {
		requireText(providerName, "providerName");
		requireText(providerAddress, "providerAddress");
		requireText(learnerName, "learnerName");
		requireText(courseTitle, "courseTitle");
		requireText(courseVersion, "courseVersion");
		Objects.requireNonNull(completedAt, "completedAt");
		Objects.requireNonNull(contactHours, "contactHours");
		if (contactHours.signum() <= 0) {
			throw new IllegalArgumentException("contactHours must be positive: " + contactHours);
		}
		certificationAreas = List.copyOf(certificationAreas);
		certificationAreas.forEach(area -> requireText(area, "certificationAreas"));
		requireText(accreditationStatement, "accreditationStatement");
		requireText(signatoryName, "signatoryName");
		requireText(signatoryTitle, "signatoryTitle");
		requireText(certificateNumber, "certificateNumber");
		requireText(verificationCode, "verificationCode");
		requireText(verificationUrl, "verificationUrl");
		requireText(verificationPage, "verificationPage");
		signedSkills = List.copyOf(signedSkills);
		signedSkills.forEach(skill -> requireText(skill, "signedSkills"));
	}

	private static void requireText(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
