package org.htmacademy.quiz;

/** An answer or a page for an attempt that is already submitted, or whose time ran out; the message says which. */
public class AttemptClosedException extends RuntimeException {

	private final String attemptCode;

	AttemptClosedException(String message, String attemptCode) {
		super(message);
		this.attemptCode = attemptCode;
	}

	/** The attempt, whose results page is where the learner should go. */
	public String attemptCode() {
		return attemptCode;
	}

}
