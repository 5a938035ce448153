package org.htmacademy.quiz;

/** Moodle's graded states, plus the state of a question left unanswered ("gave up" in Moodle). */
public enum Outcome {
	CORRECT, PARTIALLY_CORRECT, INCORRECT, UNANSWERED
}
