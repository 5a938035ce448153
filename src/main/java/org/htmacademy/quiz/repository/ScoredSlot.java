package org.htmacademy.quiz.repository;

import java.math.BigDecimal;

/** The score a slot gets at submission. */
public record ScoredSlot(int slot, BigDecimal fraction, String outcome) {
}
