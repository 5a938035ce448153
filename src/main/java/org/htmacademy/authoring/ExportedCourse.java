package org.htmacademy.authoring;

/** A course folder zipped for download; {@code fileName} is the course id with the version, e.g. x-v3.zip. */
public record ExportedCourse(String fileName, byte[] zip) {
}
