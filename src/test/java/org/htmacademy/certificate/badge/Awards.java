package org.htmacademy.certificate.badge;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Certificates as the certificate feature would award them. */
final class Awards {

	static final BadgeIssuer ISSUER = new BadgeIssuer(URI.create("https://htm.academy/issuer"), "HTM Academy",
			URI.create("https://htm.academy"));

	static final URI JWKS = URI.create("https://htm.academy/.well-known/jwks.json");

	private Awards() {
	}

	static AwardedCertificate sample() {
		return new AwardedCertificate("HTMA-2026-7KQ2M-9XD4S",
				URI.create("https://htm.academy/v/0F3K-9QZW-2M7D-XH4N-B8CR-T6VJ-5PW2"),
				URI.create("urn:uuid:6f1c2e9a-3b7d-4c15-9e0a-2d8f41b6c7e3"), "Zoë Ødegård-Łukasiewicz",
				URI.create("https://htm.academy/achievements/electrical-safety-iec-62353/2.1"),
				"Electrical Safety Testing of Medical Equipment (IEC 62353)", "2.1",
				"Recurrent tests and tests after repair of medical electrical equipment to IEC 62353.",
				"Completed every lesson and passed the final quiz with at least 80 %.", new BigDecimal("1.5"),
				List.of("CBET: Healthcare information technology", "CBET: Safety in the healthcare environment"),
				Instant.parse("2026-03-05T04:47:15.734Z"), ISSUER);
	}

	static AwardedCertificate withHours(String hours) {
		AwardedCertificate s = sample();
		return new AwardedCertificate(s.certificateNumber(), s.verificationUrl(), s.recipientId(), s.learnerName(),
				s.achievementId(), s.courseTitle(), s.courseVersion(), s.achievementDescription(), s.criteria(),
				new BigDecimal(hours), s.certificationAreas(), s.issuedAt(), s.issuer());
	}

	static AwardedCertificate issuedAt(Instant issuedAt) {
		AwardedCertificate s = sample();
		return new AwardedCertificate(s.certificateNumber(), s.verificationUrl(), s.recipientId(), s.learnerName(),
				s.achievementId(), s.courseTitle(), s.courseVersion(), s.achievementDescription(), s.criteria(),
				s.contactHours(), s.certificationAreas(), issuedAt, s.issuer());
	}

}
