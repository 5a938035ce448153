package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One line of the learner's transcript: a certificate HTM Academy issued, or an activity they reported.
 *
 * @param ceus under the rules of the transcript's certification
 * @param category the renewal category it counts in
 * @param certificateNumber HTM Academy's certificate number; null for self-reported activities
 * @param notCounted why the line does not count (a revoked or superseded certificate); null when it counts
 * @param activity the self-reported activity, for editing it; null for HTM Academy certificates
 */
public record TranscriptEntry(LocalDate completedOn, String title, String provider, BigDecimal contactHours,
		BigDecimal ceus, String category, EntrySource source, @Nullable String certificateNumber,
		@Nullable String notCounted, @Nullable CeActivity activity) {

	public boolean counts() {
		return notCounted == null;
	}

}
