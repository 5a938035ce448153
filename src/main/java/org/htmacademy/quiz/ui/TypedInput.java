package org.htmacademy.quiz.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.htmacademy.quiz.Response;

/**
 * A typed answer. It is saved when typing pauses and again when the field loses focus, so a learner called away
 * mid-word loses at most the last few keystrokes; the text is kept exactly as typed.
 */
abstract class TypedInput extends AnswerInput {

	final TextField field = new TextField();

	TypedInput(String accessibleName, String saved) {
		field.setAriaLabel(accessibleName);
		field.setValue(saved);
		field.setValueChangeMode(ValueChangeMode.LAZY);
		field.setValueChangeTimeout(700);
		field.addValueChangeListener(event -> answered());
		field.addBlurListener(event -> answered());
		field.setWidthFull();
		add(field);
	}

	@Override
	Response answer() {
		return field.getValue().isBlank() ? Response.EMPTY : typed(field.getValue());
	}

	abstract Response typed(String text);

}
