package org.htmacademy.learning.repository;

/** Quizzes of a course version passed by one enrolment, of all its quizzes. */
public record QuizTally(int passed, int total) {
}
