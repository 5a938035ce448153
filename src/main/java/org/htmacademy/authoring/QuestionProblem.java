package org.htmacademy.authoring;

import org.htmacademy.course.gift.GiftField;

/**
 * A problem with a question, from the GIFT parser (the validator of the command line) or because GIFT cannot say it.
 *
 * @param question the question's index in the quiz, or -1 for text pasted as GIFT (then line and column say where)
 * @param field the part of the question, null when the problem concerns the whole question
 * @param index which choice, answer or pair, for indexed fields
 */
public record QuestionProblem(int question, GiftField field, int index, int line, int column, boolean error,
		String message) {
}
