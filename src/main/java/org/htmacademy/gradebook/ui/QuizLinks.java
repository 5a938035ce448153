package org.htmacademy.gradebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.htmacademy.gradebook.GradebookCourse;
import org.htmacademy.gradebook.GradebookCourse.QuizSummary;
import org.htmacademy.gradebook.GradebookCourse.VersionQuizzes;

/** The quizzes of each version of a course, each linking to its item analysis. */
class QuizLinks extends Div {

	QuizLinks(GradebookCourse course) {
		addClassNames("card", "quiz-links");
		add(new H2("Item analysis"));
		for (VersionQuizzes version : course.versions()) {
			Span heading = new Span("Version %d%s · %d learner%s".formatted(version.versionNumber(),
					version.live() ? " (live)" : "", version.learners(), version.learners() == 1 ? "" : "s"));
			heading.addClassName("quiz-links-version");
			UnorderedList quizzes = new UnorderedList();
			for (QuizSummary quiz : version.quizzes()) {
				Anchor link = new Anchor(ItemAnalysisView.path(quiz.quizId()), quiz.title());
				Span attempts = new Span(" — " + quiz.finishedAttempts() + " finished attempt"
						+ (quiz.finishedAttempts() == 1 ? "" : "s"));
				attempts.addClassName("quiz-links-attempts");
				quizzes.add(new ListItem(link, attempts));
			}
			add(new Div(heading, quizzes));
		}
	}

}
