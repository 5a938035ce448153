package org.htmacademy.quiz.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.SheetQuestion;

/**
 * The field a learner answers one question with. It tells each answer given, numbered as shown on screen, to
 * whoever saves it; {@link Response#EMPTY} when the learner cleared it.
 */
abstract class AnswerInput extends Div {

	private Consumer<Response> listener = answer -> {
	};

	AnswerInput() {
		addClassName("answer-input");
	}

	/** The answer on screen now. */
	abstract Response answer();

	void onAnswer(Consumer<Response> listener) {
		this.listener = listener;
	}

	protected void answered() {
		listener.accept(answer());
	}

	/** @param accessibleName the question number and text, for screen readers */
	static AnswerInput of(SheetQuestion question, String accessibleName) {
		return switch (question.kind()) {
			case SINGLE_CHOICE -> new SingleChoiceInput(question, accessibleName);
			case MULTIPLE_CHOICE -> new MultipleChoiceInput(question, accessibleName);
			case TRUE_FALSE -> new TrueFalseInput(question, accessibleName);
			case SHORT_TEXT -> new ShortTextInput(question, accessibleName);
			case NUMBER -> new NumberInput(question, accessibleName);
			case MATCHING -> new MatchingInput(question, accessibleName);
		};
	}

}
