package org.htmacademy.learning;

import java.math.BigDecimal;

import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;

/** A course as the catalog shows it: its live version. */
public record CatalogEntry(String courseId, String title, Track track, Level level, BigDecimal ceHours,
		boolean awardsCertificate, String summary, int lessonCount, boolean enrolled) {
}
