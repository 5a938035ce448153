package org.htmacademy.certificate.badge;

import java.util.Map;
import java.util.Objects;

/** What checking a VC-JWT found: the credential it carries, or why it cannot be trusted. */
public sealed interface CredentialCheck {

	/** @param credential the JWT payload: the OpenBadgeCredential with the JWT claims beside its members */
	record Verified(Map<String, Object> credential) implements CredentialCheck {

		public Verified {
			credential = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(credential));
		}

	}

	record Rejected(String reason) implements CredentialCheck {

		public Rejected {
			Objects.requireNonNull(reason, "reason");
		}

	}

}
