package org.htmacademy.certificate;

import java.time.Instant;

/** One line of a certificate's audit log; {@code actor} is null when the platform acted on completion. */
public record AuditEntry(String certificateNumber, String action, String actor, Instant at, String detail) {
}
