package org.htmacademy.authoring;

/**
 * A save refused because someone saved the same file after this author opened it. Nothing was overwritten: the other
 * save stays as it was, and the author still has their own text on screen.
 */
public class DraftConflictException extends AuthoringException {

	public DraftConflictException(String message) {
		super(message);
	}

}
