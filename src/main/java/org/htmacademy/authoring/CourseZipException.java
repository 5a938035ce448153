package org.htmacademy.authoring;

/** A ZIP that is not imported; the message says why, for the person who uploaded it. */
public class CourseZipException extends AuthoringException {

	public CourseZipException(String message) {
		super(message);
	}

}
