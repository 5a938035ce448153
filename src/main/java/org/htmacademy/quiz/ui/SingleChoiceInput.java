package org.htmacademy.quiz.ui;

import java.util.stream.IntStream;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.Response.ChoiceResponse;
import org.htmacademy.quiz.SheetQuestion;

/** One answer of several: radio buttons, items numbered as shown. Arrow keys move and choose. */
final class SingleChoiceInput extends AnswerInput {

	final RadioButtonGroup<Integer> choices = new RadioButtonGroup<>();

	SingleChoiceInput(SheetQuestion question, String accessibleName) {
		choices.setItems(IntStream.range(0, question.choicesHtml().size()).boxed().toList());
		choices.setRenderer(new ComponentRenderer<>(index -> QuizText.html("choice-text", question.choicesHtml().get(index))));
		choices.setAriaLabel(accessibleName);
		choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		if (question.answer() instanceof ChoiceResponse chosen && !chosen.chosen().isEmpty()) {
			choices.setValue(chosen.chosen().getFirst());
		}
		choices.addValueChangeListener(event -> answered());
		add(choices);
	}

	@Override
	Response answer() {
		return choices.getValue() == null ? Response.EMPTY : ChoiceResponse.of(choices.getValue());
	}

}
