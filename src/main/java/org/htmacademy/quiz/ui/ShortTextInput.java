package org.htmacademy.quiz.ui;

import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.Response.TextResponse;
import org.htmacademy.quiz.SheetQuestion;

/** A word or a few, typed. */
final class ShortTextInput extends TypedInput {

	ShortTextInput(SheetQuestion question, String accessibleName) {
		super(accessibleName, question.answer() instanceof TextResponse text ? text.text() : "");
		field.setPlaceholder("Type your answer");
		field.setAutocomplete(Autocomplete.OFF);
		field.setAutocapitalize(Autocapitalize.NONE);
		field.setAutocorrect(false);
	}

	@Override
	Response typed(String text) {
		return new TextResponse(text);
	}

}
