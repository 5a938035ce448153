package org.htmacademy.course.content;

/** What a learner sees after submitting an attempt; written {@code score-only} and so on in course.yml. */
public enum ReviewPolicy {

	SCORE_ONLY,

	YOUR_ANSWERS,

	/** The learner's answers, the right answers and all feedback. */
	CORRECT_ANSWERS

}
