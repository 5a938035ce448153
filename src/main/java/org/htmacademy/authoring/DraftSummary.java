package org.htmacademy.authoring;

import java.time.Instant;

/** @param baseVersionNumber the published version the draft started from, null for a new course */
public record DraftSummary(long id, String courseId, String title, Integer baseVersionNumber, Instant updatedAt) {
}
