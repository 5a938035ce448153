package org.htmacademy.authoring;

/**
 * A course the signed-in author may draft and export.
 *
 * @param liveVersionNumber null while nothing is published
 * @param myDraftId the author's draft of it, or null
 */
public record TaughtCourse(String courseId, String title, Integer liveVersionNumber, Long myDraftId) {
}
