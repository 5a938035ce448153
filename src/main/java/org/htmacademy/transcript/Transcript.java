package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Everything in the learner's CE record, newest first, with CEUs under one certification's rules.
 *
 * @param basis the certification whose rules convert contact hours to CEUs and place HTM Academy courses
 */
public record Transcript(CertificationRules basis, List<TranscriptEntry> entries) {

	public Transcript {
		entries = List.copyOf(entries);
	}

	/** Contact hours of the lines that count. */
	public BigDecimal contactHours() {
		return sum(TranscriptEntry::contactHours);
	}

	/** CEUs of the lines that count, before any category cap. */
	public BigDecimal ceus() {
		return sum(TranscriptEntry::ceus);
	}

	private BigDecimal sum(Function<TranscriptEntry, BigDecimal> amount) {
		return entries.stream().filter(TranscriptEntry::counts).map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
