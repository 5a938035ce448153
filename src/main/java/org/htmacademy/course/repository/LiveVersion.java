package org.htmacademy.course.repository;

/** The version of a course that learners see when they enrol now. */
public record LiveVersion(long courseId, long versionId, int versionNumber, String contentHash) {
}
