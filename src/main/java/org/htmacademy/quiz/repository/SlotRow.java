package org.htmacademy.quiz.repository;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One question of an attempt with its definition JSON (the answer key: never for the browser) and the stored
 * response JSON, null while unanswered; {@code fraction} and {@code outcome} are null until submission.
 */
public record SlotRow(int slot, long questionId, BigDecimal mark, String definitionJson, String responseJson,
		Instant answeredAt, BigDecimal fraction, String outcome) {
}
