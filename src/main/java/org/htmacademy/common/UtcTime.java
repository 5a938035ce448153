package org.htmacademy.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** DATETIME columns hold UTC wall-clock time; these convert at the repository boundary. */
public final class UtcTime {

	private UtcTime() {
	}

	public static LocalDateTime toColumn(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	public static Instant fromColumn(LocalDateTime value) {
		return value == null ? null : value.toInstant(ZoneOffset.UTC);
	}

}
