package org.htmacademy.learning.repository;

/** A module's quiz and the number of questions in its pool. */
public record ModuleQuizRow(long quizId, int questions) {
}
