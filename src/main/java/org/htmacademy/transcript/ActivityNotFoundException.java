package org.htmacademy.transcript;

/**
 * Thrown alike for an activity that does not exist and for one of another learner, so an id cannot be probed.
 */
public class ActivityNotFoundException extends TranscriptException {

	public static final String MESSAGE = "There is no such CE activity in your transcript.";

	ActivityNotFoundException() {
		super(MESSAGE);
	}

}
