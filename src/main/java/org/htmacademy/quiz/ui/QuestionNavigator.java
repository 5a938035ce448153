package org.htmacademy.quiz.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;

/** A button per question, showing which are answered and which one is open; a click opens that question. */
final class QuestionNavigator extends Nav {

	final List<Button> buttons = new ArrayList<>();

	QuestionNavigator(int count, IntConsumer open) {
		addClassName("question-navigator");
		getElement().setAttribute("aria-label", "Questions");
		for (int slot = 1; slot <= count; slot++) {
			int target = slot;
			Button button = new Button(String.valueOf(slot), event -> open.accept(target));
			button.setId("go-to-question-" + slot);
			button.addClassName("question-link");
			buttons.add(button);
			add(button);
		}
	}

	void show(int current, List<Boolean> answered) {
		for (int i = 0; i < buttons.size(); i++) {
			Button button = buttons.get(i);
			boolean done = answered.get(i);
			boolean here = i + 1 == current;
			button.setClassName("answered", done);
			// a tick as well as the colour, for those who cannot tell the colours apart
			button.setText(done ? (i + 1) + " ✓" : String.valueOf(i + 1));
			button.setClassName("current", here);
			button.setAriaLabel("Question " + (i + 1) + ", " + (done ? "answered" : "not answered")
					+ (here ? ", current question" : ""));
			if (here) {
				button.getElement().setAttribute("aria-current", "step");
			}
			else {
				button.getElement().removeAttribute("aria-current");
			}
		}
	}

}
