package org.htmacademy.transcript.repository;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the learner states about an activity, checked by the service before it is stored. */
public record ActivityValues(LocalDate completedOn, String title, String provider, BigDecimal contactHours,
		String category) {
}
