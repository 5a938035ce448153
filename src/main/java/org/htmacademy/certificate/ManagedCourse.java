package org.htmacademy.certificate;

/** A course whose certificates an instructor or administrator manages, with how many are in each status. */
public record ManagedCourse(String courseId, String title, int valid, int revoked, int superseded) {
}
