package org.htmacademy.course.gift;

/**
 * The parts of a written question a problem can point at, so a form can show it next to the right field. An indexed
 * part ({@link #ANSWER}, {@link #FEEDBACK}, {@link #DISTRACTOR}) counts from 0 in the order of the question's
 * choices, answers or pairs.
 */
public enum GiftField {

	CATEGORY, TITLE, TEXT,
	/** The answer block as a whole, e.g. "no correct answer" or "weights add up to 90%". */
	ANSWERS,
	/** A choice, a short answer, a numerical answer or a matching pair. */
	ANSWER,
	/** The feedback of one answer. */
	FEEDBACK,
	/** A matching answer with no question. */
	DISTRACTOR,
	/** True/false feedback shown to a learner who answers true, and false. */
	FEEDBACK_FOR_TRUE, FEEDBACK_FOR_FALSE,
	/** A numerical question's feedback for any answer that matches none. */
	OTHER_FEEDBACK, GENERAL_FEEDBACK

}
