package org.htmacademy.quiz.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.Response.MatchingResponse;
import org.htmacademy.quiz.SheetQuestion;

/** One drop-down per item, each offering every answer option; items numbered as shown. */
final class MatchingInput extends AnswerInput {

	static final String NONE = "Choose…";

	final List<Select<String>> selects = new ArrayList<>();

	MatchingInput(SheetQuestion question, String accessibleName) {
		addClassName("matching");
		Map<Integer, String> saved = question.answer() instanceof MatchingResponse matching ? matching.answers()
				: Map.of();
		for (int item = 0; item < question.itemsHtml().size(); item++) {
			String itemHtml = question.itemsHtml().get(item);
			Select<String> select = new Select<>();
			select.setItems(question.answerOptions());
			select.setEmptySelectionAllowed(true);
			select.setEmptySelectionCaption(NONE);
			select.setPlaceholder(NONE);
			select.setAriaLabel(accessibleName + ", item " + (item + 1) + ": " + QuizText.plain(itemHtml));
			select.setValue(saved.get(item));
			select.addValueChangeListener(event -> answered());
			selects.add(select);
			Div row = new Div(QuizText.html("matching-item", itemHtml), select);
			row.addClassName("matching-row");
			add(row);
		}
	}

	@Override
	Response answer() {
		Map<Integer, String> answers = new HashMap<>();
		for (int item = 0; item < selects.size(); item++) {
			String value = selects.get(item).getValue();
			if (value != null) {
				answers.put(item, value);
			}
		}
		return answers.isEmpty() ? Response.EMPTY : new MatchingResponse(answers);
	}

}
