package org.htmacademy.quiz.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.htmacademy.quiz.Outcome;
import org.htmacademy.quiz.ReviewedQuestion;

/** One question on a results page, showing as much as the quiz's review policy let the service send. */
final class ReviewedQuestionCard extends Section {

	ReviewedQuestionCard(ReviewedQuestion question) {
		addClassNames("card", "reviewed-question", outcomeClass(question.outcome()));
		setId("reviewed-question-" + question.slot());
		Span outcome = new Span(QuizText.outcome(question.outcome()));
		outcome.addClassNames("outcome", outcomeClass(question.outcome()));
		H3 heading = new H3("Question " + question.slot() + " ");
		heading.add(outcome);
		add(heading, QuizText.html("question-text", question.textHtml()));
		add(answers("Your answer", "your-answer", question.yourAnswerHtml(), "You did not answer this question."));
		if (!question.rightAnswerHtml().isEmpty()) {
			add(answers(question.rightAnswerHtml().size() > 1 ? "Right answers" : "Right answer", "right-answer",
					question.rightAnswerHtml(), ""));
		}
		question.feedback().forEach(text -> add(QuizText.html("feedback", text)));
		if (question.generalFeedback() != null && !question.generalFeedback().isBlank()) {
			add(QuizText.html("general-feedback", question.generalFeedback()));
		}
	}

	private static Div answers(String label, String cssClass, List<String> html, String whenEmpty) {
		Span caption = new Span(label + ": ");
		caption.addClassName("answer-caption");
		Div box = new Div(caption);
		box.addClassName(cssClass);
		if (html.isEmpty()) {
			box.add(new Span(whenEmpty));
		}
		html.forEach(entry -> box.add(QuizText.html("answer-entry", entry)));
		return box;
	}

	private static String outcomeClass(Outcome outcome) {
		return "outcome-" + outcome.name().toLowerCase().replace('_', '-');
	}

}
