package org.htmacademy.learning.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.html.Span;
import org.htmacademy.course.content.Level;
import org.htmacademy.course.content.Track;

/** The words learners read for tracks, levels and hours. */
final class Labels {

	private Labels() {
	}

	static String track(Track track) {
		return switch (track) {
			case NETWORKING -> "Networking";
			case CYBERSECURITY -> "Cybersecurity";
			case DENTAL -> "Dental equipment";
			case IMAGING -> "Imaging";
		};
	}

	static String level(Level level) {
		return switch (level) {
			case INTRODUCTORY -> "Introductory";
			case INTERMEDIATE -> "Intermediate";
			case ADVANCED -> "Advanced";
		};
	}

	static String hours(BigDecimal hours) {
		String number = hours.stripTrailingZeros().toPlainString();
		return number + (hours.compareTo(BigDecimal.ONE) == 0 ? " CE contact hour" : " CE contact hours");
	}

	static Span badge(String text, String kind) {
		Span badge = new Span(text);
		badge.addClassNames("badge", "badge-" + kind);
		return badge;
	}

	static Span trackBadge(Track track) {
		return badge(track(track), track.name().toLowerCase());
	}

}
