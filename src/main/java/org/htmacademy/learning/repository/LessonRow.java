package org.htmacademy.learning.repository;

/** A lesson of a course version, in reading order. */
public record LessonRow(long id, String slug, String title, long moduleId, String moduleTitle, int wordCount) {
}
