package org.htmacademy.transcript;

/** A transcript export ready to download. */
public record ExportedFile(String fileName, String mediaType, byte[] content) {
}
