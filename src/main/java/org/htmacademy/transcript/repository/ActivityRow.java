package org.htmacademy.transcript.repository;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A self-reported CE activity as stored, without its attachment's bytes. */
public record ActivityRow(long id, LocalDate completedOn, String title, String provider, BigDecimal contactHours,
		String category, @Nullable String attachmentName) {
}
