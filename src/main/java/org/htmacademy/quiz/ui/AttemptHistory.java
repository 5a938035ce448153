package org.htmacademy.quiz.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.htmacademy.quiz.AttemptState;
import org.htmacademy.quiz.AttemptSummary;
import org.htmacademy.quiz.FinishedBy;

/** The learner's attempts at a quiz, each with its score and a link to its results or back into it. */
final class AttemptHistory extends Section {

	AttemptHistory(List<AttemptSummary> attempts) {
		addClassName("attempt-history");
		setId("attempt-history");
		add(new H2("Your attempts"));
		if (attempts.isEmpty()) {
			add(new Paragraph("No attempts yet."));
			return;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("attempt-list");
		attempts.forEach(attempt -> list.add(row(attempt)));
		add(list);
	}

	private static ListItem row(AttemptSummary attempt) {
		ListItem item = new ListItem();
		item.addClassName("attempt-row");
		Span title = new Span("Attempt " + attempt.number());
		title.addClassName("attempt-number");
		Span started = new Span("Started " + QuizText.when(attempt.startedAt()));
		item.add(title, started);
		if (attempt.state() == AttemptState.IN_PROGRESS) {
			Span state = new Span("In progress");
			state.addClassNames("attempt-state", "in-progress");
			item.add(state, new Anchor("attempts/" + attempt.code(), "Continue"));
			return item;
		}
		String by = attempt.finishedBy().orElse(FinishedBy.LEARNER) == FinishedBy.DEADLINE ? "by the time limit"
				: "by you";
		Span finished = new Span("Finished " + attempt.finishedAt().map(QuizText::when).orElse("") + " " + by);
		Span score = new Span(attempt.score().map(QuizText::percent).orElse("–"));
		score.addClassName("attempt-score");
		Span passed = new Span(attempt.passed() ? "Passed" : "Not passed");
		passed.addClassNames("attempt-state", attempt.passed() ? "passed" : "not-passed");
		Anchor results = new Anchor("attempts/" + attempt.code() + "/result", "See results");
		results.getElement().setAttribute("aria-label", "See results of attempt " + attempt.number());
		item.add(finished, score, passed, results);
		return item;
	}

}
