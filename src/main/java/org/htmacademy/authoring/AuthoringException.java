package org.htmacademy.authoring;

/** A request the authoring screens refuse; the message tells the author why and what to do. */
public class AuthoringException extends RuntimeException {

	public AuthoringException(String message) {
		super(message);
	}

}
