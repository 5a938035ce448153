package org.htmacademy.learning.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.html.Span;
import org.htmacademy.course.content.Track;

/** The words learners read for hours, and the badges of tracks and levels. */
final class Labels {

	private Labels() {
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
		return badge(track.label(), track.name().toLowerCase());
	}

}
