package org.htmacademy.quiz.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.course.content.ReviewPolicy;
import org.htmacademy.quiz.AttemptNotFoundException;
import org.htmacademy.quiz.AttemptResult;
import org.htmacademy.quiz.FinishedBy;
import org.htmacademy.quiz.QuizOverview;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.quiz.QuizUnavailableException;
import org.htmacademy.quiz.ResultNotice;

/** A submitted attempt's results, as far as the quiz's review policy shows them. */
@Route("attempts/:code/result")
@PermitAll
class ResultView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final QuizService quiz;

	private final List<ResultNotice> notices;

	private AttemptResult result;

	private QuizOverview overview;

	ResultView(QuizService quiz, List<ResultNotice> notices) {
		this.quiz = quiz;
		this.notices = notices;
		addClassNames("page", "result-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String code = event.getRouteParameters().get("code").orElse("");
		try {
			result = quiz.result(code);
			overview = quiz.overview(result.quizId());
		}
		catch (QuizUnavailableException stillOpen) {
			event.forwardTo("attempts/" + code);
			return;
		}
		catch (AttemptNotFoundException notFound) {
			result = null;
			showNotFound(notFound.getMessage());
			return;
		}
		show(AttemptNotice.take(event.getUI()).orElse(null));
	}

	@Override
	public String getPageTitle() {
		return result == null ? "Results — HTM Academy" : "Results: " + result.quizTitle() + " — HTM Academy";
	}

	private void show(String notice) {
		removeAll();
		Div crumbs = new Div(new Anchor("courses/" + result.courseId(), result.courseTitle()), new Span(" › "),
				new Anchor("quizzes/" + result.quizId(), result.quizTitle()));
		crumbs.addClassName("breadcrumbs");
		add(crumbs, new H1("Results: attempt " + result.number()));
		if (notice != null) {
			Paragraph message = new Paragraph(notice);
			message.setId("attempt-notice");
			message.addClassName("attempt-notice");
			message.getElement().setAttribute("role", "status");
			add(message);
		}
		notices.stream().flatMap(source -> source.after(result).stream()).forEach(this::showNotice);
		add(summary(), links());
		if (result.review() == ReviewPolicy.SCORE_ONLY) {
			return;
		}
		Section questions = new Section(new H2("Your answers"));
		questions.setId("reviewed-questions");
		result.questions().forEach(question -> questions.add(new ReviewedQuestionCard(question)));
		add(questions);
	}

	private void showNotice(ResultNotice.Notice notice) {
		Div box = new Div(new Paragraph(notice.text()), new Anchor(notice.href(), notice.linkText()));
		box.addClassNames("card", "result-earned");
		box.getElement().setAttribute("role", "status");
		add(box);
	}

	private Div summary() {
		Span score = new Span(QuizText.percent(result.score()));
		score.addClassName("result-score");
		score.setId("result-score");
		Span verdict = new Span(result.passed() ? "Passed" : "Not passed");
		verdict.setId("result-verdict");
		verdict.addClassNames("result-verdict", result.passed() ? "passed" : "not-passed");
		Div headline = new Div(score, verdict);
		headline.addClassName("result-headline");
		Paragraph passMark = new Paragraph("Pass mark " + result.passMark() + "%. You answered " + result.answeredCount()
				+ " of " + result.questionCount() + " questions.");
		passMark.setId("result-details");
		Paragraph finished = new Paragraph(result.finishedBy() == FinishedBy.DEADLINE
				? "The time limit ended this attempt at " + QuizText.when(result.finishedAt())
						+ "; the answers saved before then were marked."
				: "You submitted this attempt at " + QuizText.when(result.finishedAt()) + ".");
		finished.setId("result-finished-by");
		Paragraph grade = new Paragraph(result.quizGrade()
			.map(value -> "Your grade for this quiz (" + QuizText.gradedBy(overview.grading()) + "): "
					+ QuizText.percent(value) + (result.quizPassed() ? ", passed." : ", not passed yet."))
			.orElse("No grade for this quiz yet."));
		grade.setId("result-quiz-grade");
		Div box = new Div(headline, passMark, finished, grade, new Paragraph(QuizText.reviewed(result.review())));
		box.addClassNames("card", "result-summary");
		return box;
	}

	private Div links() {
		boolean canTryAgain = overview.cannotStartReason().isEmpty() && overview.attemptInProgress().isEmpty();
		Anchor quizPage = new Anchor("quizzes/" + result.quizId(),
				canTryAgain ? "Try the quiz again" : "Back to the quiz page");
		quizPage.setId("to-quiz");
		Anchor course = new Anchor("courses/" + result.courseId(), "Back to the course");
		course.setId("to-course");
		Div links = new Div(quizPage, course);
		links.addClassName("result-links");
		return links;
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
