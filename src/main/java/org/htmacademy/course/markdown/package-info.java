/**
 * Lesson Markdown: rendering to sanitized HTML for learners, and linting lesson and SVG sources for authors.
 */
@NullMarked
package org.htmacademy.course.markdown;

import org.jspecify.annotations.NullMarked;
