package org.htmacademy.authoring.repository;

import java.time.Instant;

/** One file of a draft; {@code version} goes up by one with every save. */
public record DraftFileRow(String path, byte[] content, int version, String updatedByName, Instant updatedAt) {
}
