package org.htmacademy.learning.repository;

import java.time.Instant;

/** A learner's enrolment: the course version they keep, and where they were last. */
public record EnrolmentRow(long id, long courseId, long versionId, Long lastLessonId, Instant lastActivityAt) {
}
