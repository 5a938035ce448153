package org.htmacademy.certificate.repository;

/** A course whose certificates someone manages, with how many it has in each status. */
public record CourseCertificates(long courseId, String courseSlug, String title, int valid, int revoked,
		int superseded) {
}
