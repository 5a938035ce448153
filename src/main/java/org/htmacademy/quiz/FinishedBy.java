package org.htmacademy.quiz;

/** Who ended an attempt: the learner submitting it, or the time limit running out. */
public enum FinishedBy {

	LEARNER, DEADLINE

}
