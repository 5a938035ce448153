package org.htmacademy.certificate.pdf;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How CE credit and dates read on a certificate, and on the pages that show one; IACET defines 1 CEU as 10 contact
 * hours.
 */
public final class CreditWording {

	public static final String CEU_BASIS = "1 CEU = 10 contact hours";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

	private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzzz", Locale.US);

	private CreditWording() {
	}

	public static String contactHours(BigDecimal hours) {
		return number(hours) + (hours.compareTo(BigDecimal.ONE) == 0 ? " contact hour" : " contact hours");
	}

	public static String ceus(BigDecimal hours) {
		BigDecimal ceus = hours.movePointLeft(1);
		return number(ceus) + (ceus.compareTo(BigDecimal.ONE) == 0 ? " CEU" : " CEUs");
	}

	public static String credit(BigDecimal hours) {
		return contactHours(hours) + " · " + ceus(hours) + " (" + CEU_BASIS + ")";
	}

	/** The zone's name matters: a course finished late at night is dated in the learner's zone, not the server's. */
	public static String completionDate(ZonedDateTime completedAt) {
		return DATE.format(completedAt) + " (" + ZONE.format(completedAt) + ")";
	}

	public static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
