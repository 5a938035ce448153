package org.htmacademy.learning;

/** Published in the marking transaction when a learner marks a lesson as read; certificates listen for it. */
public record LessonCompleted(long userId, long enrolmentId, String courseId) {
}
