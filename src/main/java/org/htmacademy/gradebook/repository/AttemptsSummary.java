package org.htmacademy.gradebook.repository;

import java.math.BigDecimal;

/** The analysed attempts: how many, by how many learners, and their mean score in percent (null without any). */
public record AttemptsSummary(int attempts, int learners, BigDecimal meanScore) {
}
