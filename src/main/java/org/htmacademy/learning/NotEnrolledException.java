package org.htmacademy.learning;

/** A lesson was asked for in a course the learner has not enrolled in. */
public class NotEnrolledException extends RuntimeException {

	public NotEnrolledException(String courseId) {
		super("Not enrolled in " + courseId);
	}

}
