package org.htmacademy.gradebook.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.htmacademy.course.content.GradingMethod;

/** How gradebook and item analysis pages write numbers, dates and settings. */
final class Figures {

	static final String NONE = "—";

	private static final DateTimeFormatter WHEN = DateTimeFormatter
		.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
		.withLocale(Locale.UK)
		.withZone(ZoneId.systemDefault());

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
		.withLocale(Locale.UK)
		.withZone(ZoneId.systemDefault());

	private Figures() {
	}

	static String percent(Optional<BigDecimal> score) {
		return score.map(s -> s.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %").orElse(NONE);
	}

	/** A fraction such as a facility index, as a percentage. */
	static String fractionPercent(OptionalDouble fraction) {
		return fraction.isPresent() ? String.format(Locale.ROOT, "%.1f %%", fraction.getAsDouble() * 100) : NONE;
	}

	/** A figure already on a scale of −100 to 100, such as a discrimination index. */
	static String index(OptionalDouble value) {
		return value.isPresent() ? String.format(Locale.ROOT, "%.1f", value.getAsDouble()) : NONE;
	}

	static String when(Instant instant) {
		return instant == null ? NONE : WHEN.format(instant);
	}

	static String day(Instant instant) {
		return instant == null ? NONE : DAY.format(instant);
	}

	static String of(int done, int total) {
		return done + " / " + total;
	}

	static String attempts(int used, int allowed) {
		return allowed == 0 ? used + " (unlimited)" : used + " / " + allowed;
	}

	static String grading(GradingMethod method) {
		return switch (method) {
			case HIGHEST -> "highest attempt";
			case AVERAGE -> "average of attempts";
			case FIRST -> "first attempt";
			case LAST -> "last attempt";
		};
	}

}
