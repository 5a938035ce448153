package org.htmacademy.certificate.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.htmacademy.certificate.Verification;
import org.htmacademy.certificate.VerificationWording;
import org.htmacademy.certificate.pdf.CreditWording;

/**
 * The JSON an employer's system gets for a code: what the public page shows, field for field, and nothing more about
 * the learner. Members that do not apply to the status are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record VerificationAnswer(String status, String certificateNumber, String learnerName, String courseTitle,
		String courseVersion, LocalDate completedOn, String timeZone, BigDecimal contactHours, BigDecimal ceus,
		String ceuBasis, String providerName, Instant revokedAt, Instant supersededAt, String reason,
		String replacementCertificateNumber, String message, Long retryAfterSeconds) {

	static VerificationAnswer of(Verification verification) {
		return switch (verification) {
			case Verification.Valid v -> new VerificationAnswer("VALID", v.certificateNumber(), v.learnerName(),
					v.courseTitle(), v.courseVersion(), v.completedAt().atZone(v.timeZone()).toLocalDate(),
					v.timeZone().getId(), plain(v.contactHours()), plain(v.ceus()), CreditWording.CEU_BASIS,
					v.providerName(), null, null, null, null, null, null);
			case Verification.Revoked r -> new VerificationAnswer("REVOKED", r.certificateNumber(), r.learnerName(),
					r.courseTitle(), null, null, null, null, null, null, null, r.revokedAt(), null, r.reason(), null,
					"This certificate was revoked and is not valid.", null);
			case Verification.Superseded s -> new VerificationAnswer("SUPERSEDED", s.certificateNumber(), null,
					s.courseTitle(), null, null, null, null, null, null, null, null, s.supersededAt(), s.reason(),
					s.replacementNumber(), "This certificate was replaced by certificate " + s.replacementNumber()
							+ "; ask the holder for the new one.",
					null);
			case Verification.NotFound n -> message("NOT_FOUND", VerificationWording.notFound(n.typed()));
			case Verification.Malformed m -> message("MALFORMED", m.reason());
			case Verification.Throttled t -> new VerificationAnswer("THROTTLED", null, null, null, null, null, null,
					null, null, null, null, null, null, null, null, VerificationWording.throttled(t.retryAfterSeconds()),
					t.retryAfterSeconds());
		};
	}

	private static VerificationAnswer message(String status, String message) {
		return new VerificationAnswer(status, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, message, null);
	}

	/** 0.50 reads 0.5, and 10 stays 10 rather than 1E+1. */
	private static BigDecimal plain(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

}
