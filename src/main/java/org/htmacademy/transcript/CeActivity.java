package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * CE the learner earned elsewhere and recorded themselves; always shown as self-reported.
 *
 * @param category the code of a renewal category, e.g. "IV"
 * @param attachmentName the attached PDF's file name; null when nothing is attached
 */
public record CeActivity(long id, LocalDate completedOn, String title, String provider, BigDecimal contactHours,
		String category, @Nullable String attachmentName) {

	public boolean hasAttachment() {
		return attachmentName != null;
	}

}
