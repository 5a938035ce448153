package org.htmacademy.quiz;

import java.util.Optional;

/**
 * Something another feature has to tell the learner on a results page, such as the certificate the attempt
 * earned. Features implement it as a bean; the quiz does not need to know them.
 */
public interface ResultNotice {

	/** @return the notice for this result, or empty */
	Optional<Notice> after(AttemptResult result);

	record Notice(String text, String linkText, String href) {
	}

}
