package org.htmacademy.course.markdown;

/**
 * An image, or a link, in a lesson.
 *
 * @param path the destination as written (backslash escapes and entities decoded), relative to the lesson file
 */
public record ImageReference(String path, int line, int column) {
}
