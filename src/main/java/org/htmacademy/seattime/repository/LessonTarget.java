package org.htmacademy.seattime.repository;

public record LessonTarget(long enrolmentId, long lessonId) {
}
