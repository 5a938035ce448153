package org.htmacademy.cohort;

/** A cohort change that cannot be made; the message is written for the person who asked. */
public class CohortException extends RuntimeException {

	public CohortException(String message) {
		super(message);
	}

}
