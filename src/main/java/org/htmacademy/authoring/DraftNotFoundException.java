package org.htmacademy.authoring;

/** No such draft, or not one of yours: the two are not told apart, so a draft's existence stays private. */
public class DraftNotFoundException extends AuthoringException {

	public DraftNotFoundException() {
		super("There is no such draft among yours.");
	}

}
