package org.htmacademy.authoring;

public record DraftAuthor(long userId, String fullName, String email, boolean creator) {
}
