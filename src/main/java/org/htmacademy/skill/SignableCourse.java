package org.htmacademy.skill;

/** A course with hands-on skills that the signed-in instructor may sign for. */
public record SignableCourse(String courseId, String title, int skillCount) {
}
