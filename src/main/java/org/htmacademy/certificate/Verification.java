package org.htmacademy.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What the public verification page and the JSON endpoint say about a certificate number or verification code:
 * only what the certificate itself shows, never anything else about the learner.
 */
public sealed interface Verification {

	/** What the visitor entered, as far as its form tells. */
	enum Typed {

		CERTIFICATE_NUMBER, VERIFICATION_CODE

	}

	/** A genuine certificate in force. */
	record Valid(String certificateNumber, String learnerName, String courseTitle, String courseVersion,
			Instant completedAt, ZoneId timeZone, BigDecimal contactHours, BigDecimal ceus, String providerName)
			implements Verification {
	}

	record Revoked(String certificateNumber, String learnerName, String courseTitle, Instant revokedAt, String reason)
			implements Verification {
	}

	/** Re-issued, e.g. after a legal name change: the holder has a newer certificate. */
	record Superseded(String certificateNumber, String courseTitle, Instant supersededAt, String reason,
			String replacementNumber) implements Verification {
	}

	/** Well formed, but no certificate has this number or code. */
	record NotFound(Typed typed) implements Verification {
	}

	/** Not a code at all, or mistyped: the reason says what is wrong. */
	record Malformed(String reason) implements Verification {
	}

	/** Too many lookups from this client; nothing was looked up. */
	record Throttled(long retryAfterSeconds) implements Verification {
	}

}
