package org.htmacademy.cohort;

/** A published course an instructor can assign to a cohort. */
public record CourseChoice(String courseId, String title) {
}
