package org.htmacademy.gradebook;

/** A short or numerical answer as typed, that matched none of the accepted answers, and how often it was given. */
public record TypedAnswer(String text, long count) {
}
