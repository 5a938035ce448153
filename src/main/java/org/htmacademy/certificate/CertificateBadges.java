package org.htmacademy.certificate;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.htmacademy.certificate.badge.AwardedCertificate;
import org.htmacademy.certificate.badge.BadgeIssuer;
import org.htmacademy.certificate.badge.OpenBadgeSigner;
import org.htmacademy.certificate.badge.RecipientIds;
import org.htmacademy.certificate.repository.CertificateRepository;
import org.htmacademy.certificate.repository.CertificateRow;
import org.htmacademy.certificate.repository.CompletionRow;
import org.springframework.stereotype.Component;

/** A stored certificate as a signed Open Badges 3.0 credential (VC-JWT). */
@Component
class CertificateBadges {

	private final CertificateRepository repository;

	private final CertificateSettings settings;

	private final OpenBadgeSigner signer;

	private final RecipientIds recipients;

	CertificateBadges(CertificateRepository repository, CertificateSettings settings, OpenBadgeSigner signer,
			RecipientIds recipients) {
		this.repository = repository;
		this.settings = settings;
		this.signer = signer;
		this.recipients = recipients;
	}

	String sign(CertificateRow row) {
		return signer.sign(awarded(row));
	}

	AwardedCertificate awarded(CertificateRow row) {
		String base = base();
		BadgeIssuer issuer = new BadgeIssuer(URI.create(base + "/"), row.providerName(), URI.create(base + "/"));
		URI achievement = URI.create(base + "/achievements/" + segment(row.courseSlug()) + "/"
				+ segment(row.versionLabel()));
		String description = row.courseTitle() + " (version " + row.versionLabel() + "): continuing education in "
				+ "healthcare technology management from " + row.providerName() + ".";
		return new AwardedCertificate(row.number(),
				URI.create(settings.verificationUrl(new VerificationCode(row.verificationCode()))),
				recipients.of(row.userId()), row.learnerName(), achievement, row.courseTitle(), row.versionLabel(),
				description, criteria(row), row.contactHours(), row.certificationAreas(), row.issuedAt(),
				issuer);
	}

	/** The rule of the learner's version of the course, which a certificate's snapshot does not repeat. */
	private String criteria(CertificateRow row) {
		CompletionRow rule = repository.completion(row.enrolmentId()).orElseThrow();
		if (rule.requiresLessons() && rule.requiresFinalQuiz()) {
			return "Read every lesson of the course and passed its final exam.";
		}
		return rule.requiresLessons() ? "Read every lesson of the course." : "Passed the course's final exam.";
	}

	private String base() {
		return settings.publicUrl().toString().replaceAll("/+$", "");
	}

	private static String segment(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
