package org.htmacademy.course.content;

/** A text from course.yml and where it is written. */
record Located(String value, At at) {
}
