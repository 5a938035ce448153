package org.htmacademy.transcript;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One CE activity in a learner's record: a course completed here or an activity they report themselves.
 *
 * @param categoryCode the renewal category it counts in, e.g. "IV"
 * @param certificateNumber the certificate's number, if there is one
 */
public record CeEntry(LocalDate completedOn, String title, String provider, String categoryCode, Credit credit,
		EntrySource source, @Nullable String certificateNumber) {

	public CeEntry {
		Objects.requireNonNull(completedOn, "completedOn");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(provider, "provider");
		Objects.requireNonNull(categoryCode, "categoryCode");
		Objects.requireNonNull(credit, "credit");
		Objects.requireNonNull(source, "source");
	}

}
