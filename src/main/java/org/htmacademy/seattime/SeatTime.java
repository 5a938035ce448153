package org.htmacademy.seattime;

/**
 * A learner's active time in their version of a course against the minimum seat time it asks for.
 *
 * @param minimumMinutes 0 when the course asks for none
 * @param finalExam whether the course version has a final exam, which waits for the minimum
 */
public record SeatTime(int minimumMinutes, int activeSeconds, boolean finalExam) {

	public boolean met() {
		return activeSeconds >= minimumMinutes * 60L;
	}

	/** Whole minutes still needed, rounded up: 1 while even a second is missing. */
	public int minutesLeft() {
		long left = Math.max(0, minimumMinutes * 60L - activeSeconds);
		return (int) ((left + 59) / 60);
	}

	/** Whole minutes of active time so far, rounded down. */
	public int activeMinutes() {
		return activeSeconds / 60;
	}

	/** "12 minutes of reading time left before the final exam opens", or before the certificate issues. */
	public String whatIsLeft() {
		return minutes(minutesLeft()) + " of reading time left before "
				+ (finalExam ? "the final exam opens" : "your certificate can be issued");
	}

	/** "1 minute", "12 minutes". */
	public static String minutes(int n) {
		return n == 1 ? "1 minute" : n + " minutes";
	}

	/** Why the final exam cannot start yet, with the minutes left, the minimum and the time so far. */
	public String finalExamClosedReason() {
		return whatIsLeft() + ". This course asks for " + minutes(minimumMinutes) + " of active study (reading its "
				+ "lessons and taking its module quizzes) before the final exam; you have " + activeMinutes()
				+ " so far. Time counts while a lesson or quiz page is open, in view and in use.";
	}

}
