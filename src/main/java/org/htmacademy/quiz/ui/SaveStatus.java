package org.htmacademy.quiz.ui;

import com.vaadin.flow.component.html.Span;

/** "Saved" or why not, next to a question; screen readers hear it when it changes, without being interrupted. */
final class SaveStatus extends Span {

	SaveStatus() {
		addClassName("save-status");
		getElement().setAttribute("role", "status");
		getElement().setAttribute("aria-live", "polite");
	}

	void saved(boolean cleared) {
		setText(cleared ? "Answer cleared" : "Saved");
		removeClassName("not-saved");
	}

	void notSaved(String reason) {
		setText("Not saved: " + reason);
		addClassName("not-saved");
	}

}
