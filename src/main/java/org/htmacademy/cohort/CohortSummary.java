package org.htmacademy.cohort;

/** A cohort in an instructor's list. */
public record CohortSummary(long id, String name, int members, int courses, String instructors) {
}
