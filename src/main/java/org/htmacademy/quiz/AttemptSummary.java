package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** One attempt in a learner's attempt history; score and finish are empty while it is in progress. */
public record AttemptSummary(String code, int number, AttemptState state, Instant startedAt,
		Optional<Instant> finishedAt, Optional<FinishedBy> finishedBy, Optional<BigDecimal> score, boolean passed) {
}
