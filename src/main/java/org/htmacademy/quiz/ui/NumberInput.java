package org.htmacademy.quiz.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.Response.NumberResponse;
import org.htmacademy.quiz.SheetQuestion;

/**
 * A number, kept as typed ({@code 1,5} and {@code 3.2e-4} are read when scored). A text field rather than a
 * number field, which would drop what the browser cannot parse; phones still show a number pad.
 */
final class NumberInput extends TypedInput {

	NumberInput(SheetQuestion question, String accessibleName) {
		super(accessibleName, question.answer() instanceof NumberResponse number ? number.text() : "");
		field.setPlaceholder("Type a number");
		field.setAutocomplete(Autocomplete.OFF);
		field.addClassName("number-answer");
		field.addAttachListener(event -> field.getElement()
			.executeJs("const input = this.inputElement || this.querySelector('input');"
					+ "if (input) { input.setAttribute('inputmode', 'decimal'); }"));
	}

	@Override
	Response typed(String text) {
		return new NumberResponse(text);
	}

}
