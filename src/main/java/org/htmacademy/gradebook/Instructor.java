package org.htmacademy.gradebook;

/** An account that holds the instructor role. */
public record Instructor(long userId, String fullName, String email) {
}
