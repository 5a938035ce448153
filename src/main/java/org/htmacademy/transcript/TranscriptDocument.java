package org.htmacademy.transcript;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A learner's CE transcript for one period of one certification.
 *
 * @param providerName who issues the transcript, e.g. "HTM Academy Continuing Education, LLC"
 * @param generatedAt printed on the transcript and written into the PDF, so the same transcript renders to the same
 * bytes
 */
public record TranscriptDocument(String learnerName, String providerName, ZonedDateTime generatedAt,
		RenewalProgress progress) {

	public TranscriptDocument {
		if (Objects.requireNonNull(learnerName, "learnerName").isBlank()) {
			throw new IllegalArgumentException("learnerName must not be blank");
		}
		Objects.requireNonNull(providerName, "providerName");
		Objects.requireNonNull(generatedAt, "generatedAt");
		Objects.requireNonNull(progress, "progress");
	}

}
