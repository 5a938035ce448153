package org.htmacademy.quiz.ui;

import java.util.function.BiFunction;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.SheetQuestion;

/**
 * One question of an attempt: its number, text, answer field and save status. Each answer the learner gives is
 * handed to the saver at once; an answer equal to the one last saved is not sent again.
 */
final class QuestionPanel extends Section {

	/** Saves an answer; returns null when saved, else the reason it was not. */
	interface Saver extends BiFunction<Integer, Response, String> {
	}

	final SheetQuestion question;

	final H2 heading;

	final AnswerInput input;

	final SaveStatus status = new SaveStatus();

	private Response saved;

	private Runnable onSaved = () -> {
	};

	QuestionPanel(SheetQuestion question, int count, Saver saver) {
		this.question = question;
		this.saved = question.answer();
		addClassName("question-panel");
		setId("question-" + question.slot());
		heading = new H2("Question " + question.slot() + " of " + count);
		heading.setId("question-" + question.slot() + "-heading");
		// focus lands here on Next/Previous, so a screen reader starts with the question number
		heading.getElement().setAttribute("tabindex", "-1");
		String name = "Question " + question.slot() + ": " + QuizText.plain(question.textHtml());
		input = AnswerInput.of(question, name);
		input.onAnswer(answer -> {
			if (answer.equals(saved)) {
				return;
			}
			String refusal = saver.apply(question.slot(), answer);
			if (refusal == null) {
				saved = answer;
				status.saved(answer instanceof Response.Unanswered);
				onSaved.run();
			}
			else {
				status.notSaved(refusal);
			}
		});
		Div footer = new Div(status);
		footer.addClassName("question-footer");
		add(heading, QuizText.html("question-text", question.textHtml()), input, footer);
	}

	boolean answered() {
		return !(saved instanceof Response.Unanswered);
	}

	void onSaved(Runnable listener) {
		onSaved = listener;
	}

	void focusHeading() {
		heading.getElement().executeJs("this.focus({preventScroll: false})");
	}

}
