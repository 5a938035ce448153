package org.htmacademy.certificate.repository;

import java.time.Instant;

/** One line of a certificate's audit log; {@code actor} is null when the platform acted on completion. */
public record AuditRow(String certificateNumber, String action, String actor, Instant at, String detail) {
}
