/**
 * The course tree under {@code courses/}: loading each course's files into records and validating them against the
 * authoring guide (courses/README.md), with every problem located by file, line and column.
 */
@NullMarked
package org.htmacademy.course.content;

import org.jspecify.annotations.NullMarked;
