package org.htmacademy.authoring.repository;

import java.time.Instant;

/**
 * A draft as stored.
 *
 * @param courseDbId the course row the draft belongs to (reserved when the course is new)
 * @param baseVersionNumber the published version the draft started from, null for a new course
 * @param liveVersionNumber the course's live version now, null when it has none
 */
public record DraftRow(long id, long courseDbId, String courseSlug, Integer baseVersionNumber,
		Integer liveVersionNumber, long createdBy, Instant createdAt, Instant updatedAt) {
}
