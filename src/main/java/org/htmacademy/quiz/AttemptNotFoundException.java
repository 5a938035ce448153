package org.htmacademy.quiz;

/** No attempt with this code is the learner's: the same answer whether it does not exist or is someone else's. */
public class AttemptNotFoundException extends RuntimeException {

	AttemptNotFoundException() {
		super("There is no such attempt among yours.");
	}

}
