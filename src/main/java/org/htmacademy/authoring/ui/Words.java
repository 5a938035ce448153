package org.htmacademy.authoring.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The words and small helpers the authoring screens share. */
final class Words {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
		.withZone(ZoneId.systemDefault());

	private Words() {
	}

	static String when(Instant instant) {
		return instant == null ? "" : WHEN.format(instant);
	}

	static void error(String message) {
		Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.ERROR);
	}

	static void done(String message) {
		Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(NotificationVariant.SUCCESS);
	}

}
