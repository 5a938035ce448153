package org.htmacademy.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.quiz.AttemptSheet;
import org.htmacademy.quiz.QuizOverview;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.quiz.QuizUnavailableException;

/** A quiz's start page: its rules, the learner's attempts and grade, and the button to start or continue. */
@Route("quizzes/:quizId")
@PermitAll
class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	final Button start = new Button();

	final Paragraph cannotStart = new Paragraph();

	private final QuizService quizzes;

	private QuizOverview quiz;

	QuizView(QuizService quizzes) {
		this.quizzes = quizzes;
		addClassNames("page", "quiz-page");
		start.setId("start-attempt");
		start.addThemeVariants(ButtonVariant.PRIMARY);
		start.setDisableOnClick(true);
		start.addClickListener(event -> startOrContinue());
		cannotStart.setId("cannot-start");
		cannotStart.addClassName("cannot-start");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("quizId").orElse("");
		try {
			quiz = quizzes.overview(Long.parseLong(id));
			show();
		}
		catch (NumberFormatException | QuizUnavailableException unavailable) {
			quiz = null;
			showUnavailable(unavailable instanceof QuizUnavailableException ? unavailable.getMessage()
					: "There is no such quiz.");
		}
	}

	@Override
	public String getPageTitle() {
		return quiz == null ? "Quiz — HTM Academy" : quiz.title() + " — HTM Academy";
	}

	private void show() {
		removeAll();
		Div crumbs = new Div(new Anchor("courses/" + quiz.courseId(), quiz.courseTitle()));
		crumbs.addClassName("breadcrumbs");
		add(crumbs, new H1(quiz.title()), startBox(), new QuizRules(quiz), new AttemptHistory(quiz.attempts()));
	}

	private Div startBox() {
		Paragraph grade = new Paragraph(quiz.grade()
			.map(value -> "Your grade: " + QuizText.percent(value) + (quiz.passed() ? " — passed" : " — not passed yet")
					+ " (pass mark " + quiz.passMark() + "%)")
			.orElse("No grade yet: you pass with " + quiz.passMark() + "% or more."));
		grade.setId("quiz-grade");
		grade.addClassName(quiz.passed() ? "passed" : "not-passed");
		Div box = new Div(grade);
		box.addClassNames("card", "quiz-start");
		if (quiz.attemptInProgress().isPresent()) {
			start.setText("Continue your attempt");
		}
		else {
			start.setText(quiz.attempts().isEmpty() ? "Start the quiz" : "Start a new attempt");
		}
		start.setEnabled(quiz.cannotStartReason().isEmpty());
		cannotStart.setText(quiz.cannotStartReason().orElse(""));
		cannotStart.setVisible(quiz.cannotStartReason().isPresent());
		box.add(start, cannotStart);
		return box;
	}

	private void startOrContinue() {
		try {
			AttemptSheet sheet = quizzes.startOrResume(quiz.quizId());
			getUI().ifPresent(ui -> ui.navigate("attempts/" + sheet.code()));
		}
		catch (QuizUnavailableException unavailable) {
			cannotStart.setText(unavailable.getMessage());
			cannotStart.setVisible(true);
		}
	}

	private void showUnavailable(String message) {
		removeAll();
		Div box = new Div(new H1("Quiz not available"), new Paragraph(message),
				new Paragraph(new Anchor("catalog", "Find the course in the catalog")),
				new Paragraph(new Anchor("dashboard", "Back to your dashboard")));
		box.addClassNames("card", "quiz-message");
		box.setId("quiz-unavailable");
		add(box);
	}

}
