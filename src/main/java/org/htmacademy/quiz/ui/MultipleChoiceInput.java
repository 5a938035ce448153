package org.htmacademy.quiz.ui;

import java.util.HashSet;
import java.util.stream.IntStream;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.Response.ChoiceResponse;
import org.htmacademy.quiz.SheetQuestion;

/** Any number of answers: check boxes, items numbered as shown. Tab moves, Space ticks. */
final class MultipleChoiceInput extends AnswerInput {

	final CheckboxGroup<Integer> choices = new CheckboxGroup<>();

	MultipleChoiceInput(SheetQuestion question, String accessibleName) {
		choices.setItems(IntStream.range(0, question.choicesHtml().size()).boxed().toList());
		choices.setRenderer(new ComponentRenderer<>(index -> QuizText.html("choice-text", question.choicesHtml().get(index))));
		choices.setAriaLabel(accessibleName);
		choices.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
		if (question.answer() instanceof ChoiceResponse chosen) {
			choices.setValue(new HashSet<>(chosen.chosen()));
		}
		choices.addValueChangeListener(event -> answered());
		add(choices);
	}

	@Override
	Response answer() {
		return choices.getValue().isEmpty() ? Response.EMPTY
				: new ChoiceResponse(choices.getValue().stream().sorted().toList());
	}

}
