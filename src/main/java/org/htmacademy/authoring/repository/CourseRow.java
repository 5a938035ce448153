package org.htmacademy.authoring.repository;

/** A course an author may work on; {@code liveVersionNumber} is null when nothing is published yet. */
public record CourseRow(long courseDbId, String slug, String title, Integer liveVersionNumber, Long liveVersionId) {
}
