package org.htmacademy.authoring.repository;

public record PersonRow(long userId, String fullName, String email) {
}
