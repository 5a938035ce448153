package org.htmacademy.learning;

import java.math.BigDecimal;

import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;

/** What a learner narrows the catalog by; null means "any". */
public record CatalogFilter(String search, Track track, Level level, BigDecimal minHours, BigDecimal maxHours) {

	public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null, null);

}
