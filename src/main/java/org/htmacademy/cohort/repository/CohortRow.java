package org.htmacademy.cohort.repository;

import java.time.Instant;

/** @param joinExpiresAt null: the code never expires */
public record CohortRow(long id, String name, String joinCode, Instant joinExpiresAt, int version) {
}
