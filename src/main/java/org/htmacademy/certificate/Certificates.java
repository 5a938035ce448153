package org.htmacademy.certificate;

import java.time.ZoneId;
import java.util.Optional;

import org.htmacademy.certificate.pdf.CertificateDocument;
import org.htmacademy.certificate.repository.CertificateRow;

/** Conversions from the stored snapshot. */
final class Certificates {

	private Certificates() {
	}

	static IssuedCertificate issued(CertificateRow row, CertificateSettings settings) {
		VerificationCode code = new VerificationCode(row.verificationCode());
		return new IssuedCertificate(row.number(), code.grouped(), settings.verificationUrl(code), row.learnerName(),
				row.courseSlug(), row.courseTitle(), row.versionLabel(), row.contactHours(), row.ceus(),
				row.completedAt(), ZoneId.of(row.timeZone()), row.certificationAreas(), row.signedSkills(),
				row.issuedAt(), CertificateStatus.valueOf(row.status()), Optional.ofNullable(row.statusChangedAt()),
				Optional.ofNullable(row.statusReason()));
	}

	/** Everything printed comes from the snapshot; only the verification link's host comes from today's settings. */
	static CertificateDocument document(CertificateRow row, CertificateSettings settings) {
		VerificationCode code = new VerificationCode(row.verificationCode());
		return new CertificateDocument(row.providerName(), row.providerAddress(), row.learnerName(), row.courseTitle(),
				row.versionLabel(), row.completedAt().atZone(ZoneId.of(row.timeZone())), row.contactHours(),
				row.certificationAreas(), row.accreditationStatement(), row.signatoryName(), row.signatoryTitle(),
				row.number(), code.grouped(), settings.verificationUrl(code), settings.printedVerificationPage(),
				row.signedSkills());
	}

}
