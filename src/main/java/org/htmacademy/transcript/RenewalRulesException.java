package org.htmacademy.transcript;

/** A renewal rules file that cannot be used; the message names the file, where in it, and what is wrong. */
public class RenewalRulesException extends RuntimeException {

	public RenewalRulesException(String message) {
		super(message);
	}

	public RenewalRulesException(String message, Throwable cause) {
		super(message, cause);
	}

}
