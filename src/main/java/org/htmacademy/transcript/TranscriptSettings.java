package org.htmacademy.transcript;

import java.time.ZoneId;
import java.util.Objects;

/**
 * @param providerName printed as the issuer of exported transcripts and as the provider of HTM Academy courses
 * @param timeZone the zone in which "today" is decided: a date cannot be in the future, which period is current
 */
public record TranscriptSettings(String providerName, ZoneId timeZone) {

	public TranscriptSettings {
		Objects.requireNonNull(providerName, "providerName");
		Objects.requireNonNull(timeZone, "timeZone");
	}

}
