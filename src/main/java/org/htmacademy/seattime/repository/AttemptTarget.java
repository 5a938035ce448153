package org.htmacademy.seattime.repository;

public record AttemptTarget(long attemptId, long enrolmentId, boolean inProgress) {
}
