package org.htmacademy.quiz.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.htmacademy.quiz.QuizOverview;

/** A quiz's rules in plain words, before the learner starts. */
final class QuizRules extends Section {

	QuizRules(QuizOverview quiz) {
		addClassNames("card", "quiz-rules");
		setId("quiz-rules");
		UnorderedList rules = new UnorderedList();
		rules.add(new ListItem(quiz.questionsPerAttempt() + " questions in each attempt."));
		rules.add(new ListItem("You pass with " + quiz.passMark() + "% or more."));
		rules.add(new ListItem(attempts(quiz)));
		rules.add(new ListItem(quiz.timeLimitMinutes() == 0
				? "No time limit. Your answers are saved as you give them, so you can stop and come back."
				: "Time limit: " + quiz.timeLimitMinutes() + " minutes per attempt, counted from when you start. "
						+ "A clock shows the time left; when it runs out, the attempt is submitted with the "
						+ "answers saved so far."));
		rules.add(new ListItem(QuizText.review(quiz.review())));
		rules.add(new ListItem(QuizText.grading(quiz.grading())));
		add(new H2("How this quiz works"), rules);
	}

	private static String attempts(QuizOverview quiz) {
		int used = quiz.attempts().size();
		if (quiz.attemptsAllowed() == 0) {
			return "Unlimited attempts. You have used " + used + ".";
		}
		return "Attempts: you have used " + used + " of the " + quiz.attemptsAllowed() + " allowed.";
	}

}
