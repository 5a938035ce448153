package org.htmacademy.authoring;

public record DraftImage(String contentType, byte[] content) {
}
