package org.htmacademy.transcript.repository;

/** The PDF a learner attached to an activity, e.g. another provider's certificate. */
public record AttachmentRow(String fileName, byte[] content) {
}
