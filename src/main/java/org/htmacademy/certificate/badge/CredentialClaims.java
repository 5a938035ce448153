package org.htmacademy.certificate.badge;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.htmacademy.certificate.badge.CredentialCheck.Rejected;
import org.htmacademy.certificate.badge.CredentialCheck.Verified;

/** The checks of OB 3.0 §8.2.4.1 (claims against credential) and the credential's required shape. */
final class CredentialClaims {

	private static final String OB_CONTEXT_PATTERN = "https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json";

	private CredentialClaims() {
	}

	@SuppressWarnings("unchecked")
	static CredentialCheck check(Map<String, Object> payload, Instant now) {
		if (!(payload.get("@context") instanceof List<?> context) || context.size() < 2
				|| !OpenBadgeCredential.VC_CONTEXT.equals(context.get(0))
				|| !(context.get(1) instanceof String ob && ob.matches(OB_CONTEXT_PATTERN))) {
			return new Rejected("The @context must start with the Verifiable Credentials 2.0 and Open Badges 3.0 "
					+ "contexts.");
		}
		if (!(payload.get("type") instanceof List<?> type) || !type.contains("VerifiableCredential")
				|| !(type.contains("OpenBadgeCredential") || type.contains("AchievementCredential"))) {
			return new Rejected("The type must include VerifiableCredential and OpenBadgeCredential.");
		}
		Object issuer = payload.get("issuer");
		Object issuerId = issuer instanceof Map<?, ?> profile ? profile.get("id") : issuer;
		if (issuerId == null || !Objects.equals(payload.get("iss"), issuerId)) {
			return new Rejected("The iss claim does not match issuer.id.");
		}
		if (!(payload.get("credentialSubject") instanceof Map<?, ?> subject) || subject.get("id") == null
				|| !Objects.equals(payload.get("sub"), subject.get("id"))) {
			return new Rejected("The sub claim does not match credentialSubject.id.");
		}
		if (payload.get("id") == null || !Objects.equals(payload.get("jti"), payload.get("id"))) {
			return new Rejected("The jti claim does not match the credential id.");
		}
		if (!(payload.get("validFrom") instanceof String validFrom) || !(payload.get("nbf") instanceof Number nbf)
				|| instant(validFrom).getEpochSecond() != nbf.longValue()) {
			return new Rejected("The nbf claim does not match validFrom.");
		}
		if (instant(validFrom).isAfter(now)) {
			return new Rejected("The credential is not valid before " + validFrom + ".");
		}
		if (payload.get("exp") instanceof Number exp && !Instant.ofEpochSecond(exp.longValue()).isAfter(now)) {
			return new Rejected("The credential expired on " + Instant.ofEpochSecond(exp.longValue()) + ".");
		}
		return new Verified((Map<String, Object>) payload);
	}

	/** DateTimeZ allows any offset, not only Z. */
	private static Instant instant(String dateTime) {
		return OffsetDateTime.parse(dateTime).toInstant();
	}

}
