package org.htmacademy.quiz;

import java.util.List;

import org.htmacademy.quiz.PresentedQuestion.InputKind;

/**
 * One question of an attempt as the learner sees it: sanitized HTML for the text, the choices and the matching
 * items, and the answer options as plain text. {@code answer} is the saved answer numbered as shown (choices and
 * items by their index in these lists), {@link Response#EMPTY} when unanswered. Nothing here tells the answer.
 */
public record SheetQuestion(int slot, InputKind kind, String textHtml, List<String> choicesHtml,
		List<String> itemsHtml, List<String> answerOptions, Response answer) {

	public boolean answered() {
		return !(answer instanceof Response.Unanswered);
	}

}
