package org.htmacademy.quiz;

/** The learner cannot take or see this quiz: not enrolled in its course version, or no attempts left. */
public class QuizUnavailableException extends RuntimeException {

	QuizUnavailableException(String message) {
		super(message);
	}

}
