package org.htmacademy.quiz.repository;

import java.math.BigDecimal;

/** A question placed in an attempt at start. */
public record NewSlot(int slot, long questionId, BigDecimal mark) {
}
