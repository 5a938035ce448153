package org.htmacademy.seattime;

/**
 * Published in the reporting transaction when a learner's active time first reaches their course version's minimum;
 * certificates listen for it, since it may be the last step of completing the course.
 */
public record SeatTimeMet(long userId, long enrolmentId) {
}
