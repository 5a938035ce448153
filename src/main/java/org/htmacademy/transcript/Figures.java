package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** How CEUs, hours and dates read in the tracker, its chart and the transcripts. */
public final class Figures {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

	private Figures() {
	}

	/** At most three decimals, no trailing zeros: 1.5, 1.275 (12.75 contact hours), 0.333, 30. */
	public static String number(BigDecimal value) {
		BigDecimal rounded = value.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.signum() == 0 ? "0" : rounded.toPlainString();
	}

	/** Every decimal kept, for exports that others add up. */
	public static String exact(@Nullable BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	public static String ceus(BigDecimal value) {
		return number(value) + (value.compareTo(BigDecimal.ONE) == 0 ? " CEU" : " CEUs");
	}

	public static String date(LocalDate date) {
		return LONG_DATE.format(date);
	}

	public static String period(RenewalPeriod period) {
		return date(period.start()) + " to " + date(period.deadline());
	}

}
