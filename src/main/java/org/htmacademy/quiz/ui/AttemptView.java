package org.htmacademy.quiz.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.quiz.AttemptClosedException;
import org.htmacademy.quiz.AttemptNotFoundException;
import org.htmacademy.quiz.AttemptSheet;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.quiz.Response;
import org.htmacademy.seattime.SeatTimeService;
import org.htmacademy.seattime.SeatTimeSettings;
import org.htmacademy.seattime.ui.ActiveTimeTracker;

/**
 * Taking an attempt: one question at a time with a navigator, every answer saved as it is given. Everything shown
 * comes from the stored attempt, so a reload, a second tab or a server restart shows the same questions, order
 * and answers, on the question the learner was on.
 */
@Route("attempts/:code")
@PermitAll
class AttemptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	final Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create());

	final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());

	final Button submit = new Button("Submit attempt…");

	final Countdown countdown = new Countdown();

	final List<QuestionPanel> panels = new ArrayList<>();

	QuestionNavigator navigator;

	SubmitDialog confirm;

	private final QuizService quiz;

	/** Records the learner's active time on this attempt. */
	final ActiveTimeTracker activeTime;

	private final SeatTimeService seatTime;

	private final Clock clock;

	private final Div stage = new Div();

	private AttemptSheet sheet;

	private int current;

	AttemptView(QuizService quiz, Clock clock, SeatTimeService seatTime, SeatTimeSettings seatTimeSettings) {
		this.quiz = quiz;
		this.seatTime = seatTime;
		this.activeTime = new ActiveTimeTracker(seatTime, seatTimeSettings);
		this.clock = clock;
		addClassNames("page", "attempt-page");
		previous.setId("previous-question");
		next.setId("next-question");
		next.setIconAfterText(true);
		submit.setId("submit-attempt");
		previous.addClickListener(event -> open(current - 1, true));
		next.addClickListener(event -> open(current + 1, true));
		submit.addClickListener(event -> confirm.open(panels.size(), unanswered()));
		countdown.onTimeUp(this::timeUp);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String code = event.getRouteParameters().get("code").orElse("");
		try {
			sheet = quiz.resume(code);
		}
		catch (AttemptClosedException closed) {
			AttemptNotice.leave(event.getUI(), closed.getMessage());
			event.forwardTo("attempts/" + closed.attemptCode() + "/result");
			return;
		}
		catch (AttemptNotFoundException notFound) {
			showNotFound(notFound.getMessage());
			return;
		}
		activeTime.track(() -> seatTime.attemptVisit(code));
		show();
	}

	@Override
	public String getPageTitle() {
		return sheet == null ? "Attempt — HTM Academy" : sheet.quizTitle() + " — HTM Academy";
	}

	private void show() {
		removeAll();
		panels.clear();
		Div crumbs = new Div(new Anchor("courses/" + sheet.courseId(), sheet.courseTitle()), new Span(" › "),
				new Anchor("quizzes/" + sheet.quizId(), sheet.quizTitle()));
		crumbs.addClassName("breadcrumbs");
		Div top = new Div(new H1(sheet.quizTitle()), attemptLine());
		top.addClassName("attempt-top");
		add(crumbs, top);
		sheet.deadline().ifPresent(deadline -> {
			countdown.start(Duration.between(clock.instant(), deadline));
			add(countdown);
		});
		for (var question : sheet.questions()) {
			QuestionPanel panel = new QuestionPanel(question, sheet.questions().size(), this::save);
			panel.onSaved(this::refreshNavigator);
			panels.add(panel);
		}
		navigator = new QuestionNavigator(panels.size(), slot -> open(slot, true));
		confirm = new SubmitDialog(this::submitNow, slot -> open(slot, true));
		stage.addClassName("question-stage");
		Div buttons = new Div(previous, next);
		buttons.addClassName("question-buttons");
		submit.addThemeVariants(ButtonVariant.PRIMARY);
		Div finish = new Div(submit, new Paragraph("Your answers are saved as you give them. You can leave and come "
				+ "back to this attempt; it opens where you were."));
		finish.addClassName("attempt-finish");
		add(navigator, stage, buttons, finish, confirm, activeTime);
		open(Math.clamp(sheet.currentSlot(), 1, Math.max(1, panels.size())), false);
	}

	private Paragraph attemptLine() {
		Paragraph line = new Paragraph("Attempt " + sheet.number() + " · " + sheet.questions().size()
				+ " questions · started " + QuizText.when(sheet.startedAt()));
		line.addClassName("attempt-line");
		return line;
	}

	/** Shows question {@code slot}; {@code moved} when the learner moved there, which is remembered for resuming. */
	void open(int slot, boolean moved) {
		if (slot < 1 || slot > panels.size()) {
			return;
		}
		current = slot;
		stage.removeAll();
		QuestionPanel panel = panels.get(slot - 1);
		stage.add(panel);
		previous.setEnabled(slot > 1);
		next.setEnabled(slot < panels.size());
		refreshNavigator();
		if (moved) {
			quiz.moveTo(sheet.code(), slot);
			panel.focusHeading();
		}
	}

	int current() {
		return current;
	}

	private String save(int slot, Response answer) {
		try {
			quiz.saveAnswer(sheet.code(), slot, answer);
			return null;
		}
		catch (AttemptClosedException closed) {
			leave(closed);
			return closed.getMessage();
		}
		catch (IllegalArgumentException unfit) {
			return unfit.getMessage();
		}
		catch (RuntimeException failure) {
			return "the server could not store it. Try again in a moment.";
		}
	}

	private void submitNow() {
		try {
			quiz.submit(sheet.code());
			goToResult();
		}
		catch (AttemptClosedException closed) {
			leave(closed);
		}
	}

	/** The browser's countdown reached zero: the server decides whether the time is really up. */
	private void timeUp() {
		try {
			AttemptSheet now = quiz.resume(sheet.code());
			now.deadline().ifPresent(deadline -> countdown.start(Duration.between(clock.instant(), deadline)
				.plusMillis(250)));
		}
		catch (AttemptClosedException closed) {
			leave(closed);
		}
	}

	private void leave(AttemptClosedException closed) {
		confirm.close();
		AttemptNotice.leave(UI.getCurrent(), closed.getMessage());
		goToResult();
	}

	private void goToResult() {
		getUI().ifPresent(ui -> ui.navigate("attempts/" + sheet.code() + "/result"));
	}

	private List<Integer> unanswered() {
		return panels.stream().filter(panel -> !panel.answered()).map(panel -> panel.question.slot()).toList();
	}

	private void refreshNavigator() {
		navigator.show(current, panels.stream().map(QuestionPanel::answered).toList());
	}

	private void showNotFound(String message) {
		removeAll();
		Div box = new Div(new H1("Attempt not found"), new Paragraph(message),
				new Paragraph(new Anchor("dashboard", "Back to your dashboard")));
		box.addClassNames("card", "quiz-message");
		box.setId("attempt-not-found");
		add(box);
	}

}
