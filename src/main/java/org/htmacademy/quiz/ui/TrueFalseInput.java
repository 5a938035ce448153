package org.htmacademy.quiz.ui;

import java.util.List;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.Response.TrueFalseResponse;
import org.htmacademy.quiz.SheetQuestion;

/** True or false: two radio buttons. */
final class TrueFalseInput extends AnswerInput {

	final RadioButtonGroup<Boolean> choices = new RadioButtonGroup<>();

	TrueFalseInput(SheetQuestion question, String accessibleName) {
		choices.setItems(List.of(true, false));
		choices.setItemLabelGenerator(value -> value ? "True" : "False");
		choices.setAriaLabel(accessibleName);
		choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		if (question.answer() instanceof TrueFalseResponse given) {
			choices.setValue(given.value());
		}
		choices.addValueChangeListener(event -> answered());
		add(choices);
	}

	@Override
	Response answer() {
		return choices.getValue() == null ? Response.EMPTY : new TrueFalseResponse(choices.getValue());
	}

}
