package org.htmacademy.certificate.pdf;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Certificates as the certificate feature would fill them in. */
final class Certificates {

	private Certificates() {
	}

	static CertificateDocument sample() {
		return new CertificateDocument("HTM Academy Continuing Education, LLC",
				"1200 Clinical Engineering Way, Suite 300, Minneapolis, MN 55401, USA", "Zoë Ødegård-Łukasiewicz",
				"Electrical Safety Testing of Medical Equipment (IEC 62353)", "2.1",
				ZonedDateTime.of(2026, 3, 4, 22, 47, 15, 0, ZoneId.of("America/Chicago")), new BigDecimal("1.5"),
				List.of("CBET: Healthcare information technology", "CBET: Safety in the healthcare environment"),
				"This program has been approved by the Example Board of Biomedical Technology for 1.5 contact hours "
						+ "(0.15 CEU) of continuing education. Approval number EB-2026-0417.",
				"Dr. Amelia Okafor", "Director of Education, HTM Academy", "HTM-2026-000417",
				"https://htm.academy/v/7KQ2-M9XD");
	}

	static CertificateDocument withLearner(String learnerName) {
		CertificateDocument s = sample();
		return new CertificateDocument(s.providerName(), s.providerAddress(), learnerName, s.courseTitle(),
				s.courseVersion(), s.completedAt(), s.contactHours(), s.certificationAreas(),
				s.accreditationStatement(), s.signatoryName(), s.signatoryTitle(), s.certificateNumber(),
				s.verificationUrl());
	}

	static CertificateDocument withLearnerAndCourse(String learnerName, String courseTitle) {
		CertificateDocument s = withLearner(learnerName);
		return new CertificateDocument(s.providerName(), s.providerAddress(), s.learnerName(), courseTitle,
				s.courseVersion(), s.completedAt(), s.contactHours(), s.certificationAreas(),
				s.accreditationStatement(), s.signatoryName(), s.signatoryTitle(), s.certificateNumber(),
				s.verificationUrl());
	}

}
