package org.htmacademy.quiz.ui;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * "Submit your attempt?" with the questions still unanswered, each a button back to it. The submit button
 * disables itself on the first click, so a double tap submits once (the service ignores a second submit anyway).
 */
final class SubmitDialog extends Dialog {

	final Button submit = new Button("Submit and see results");

	final Button keepAnswering = new Button("Keep answering");

	final Paragraph summary = new Paragraph();

	final UnorderedList unanswered = new UnorderedList();

	private final IntConsumer goTo;

	SubmitDialog(Runnable onSubmit, IntConsumer goTo) {
		setHeaderTitle("Submit your attempt?");
		setId("submit-dialog");
		summary.setId("submit-summary");
		unanswered.setId("unanswered-questions");
		unanswered.addClassName("unanswered-list");
		submit.setId("confirm-submit");
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		submit.setDisableOnClick(true);
		submit.addClickListener(event -> onSubmit.run());
		keepAnswering.setId("keep-answering");
		keepAnswering.addClickListener(event -> close());
		add(summary, unanswered, new Paragraph("After you submit, you cannot change your answers."));
		getFooter().add(keepAnswering, submit);
		this.goTo = goTo;
	}

	/** @param unansweredSlots the questions not answered yet, by number */
	void open(int count, List<Integer> unansweredSlots) {
		unanswered.removeAll();
		if (unansweredSlots.isEmpty()) {
			summary.setText("You have answered all " + count + " questions.");
			unanswered.setVisible(false);
		}
		else {
			summary.setText("You have answered " + (count - unansweredSlots.size()) + " of " + count
					+ " questions. Not answered yet (they score nothing):");
			unansweredSlots.forEach(slot -> {
				Button back = new Button("Question " + slot, event -> {
					close();
					goTo.accept(slot);
				});
				back.addThemeVariants(ButtonVariant.TERTIARY);
				unanswered.add(new ListItem(back));
			});
			unanswered.setVisible(true);
		}
		submit.setEnabled(true);
		open();
	}

}
