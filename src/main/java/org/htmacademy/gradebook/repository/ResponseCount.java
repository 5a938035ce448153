package org.htmacademy.gradebook.repository;

/** How many analysed attempts gave one stored response to one question; {@code responseJson} null: unanswered. */
public record ResponseCount(long questionId, String responseJson, long count) {
}
