package org.htmacademy.seattime.repository;

/** @param minimumSeatMinutes the enrolment's course version's; 0 when none */
public record EnrolmentTime(long enrolmentId, int minimumSeatMinutes, int activeSeconds, boolean hasFinalExam) {
}
