package org.htmacademy.cohort.repository;

import java.util.Set;

/** An account found by email, with its role names. */
public record PersonRow(long userId, String name, String email, Set<String> roles) {
}
