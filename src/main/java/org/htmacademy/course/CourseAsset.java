package org.htmacademy.course;

/** A file shipped with a course version (an image), as served to the browser. */
public record CourseAsset(String contentType, byte[] content) {
}
