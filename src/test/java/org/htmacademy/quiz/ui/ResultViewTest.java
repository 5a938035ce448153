package org.htmacademy.quiz.ui;

import java.util.Map;

import org.htmacademy.quiz.AttemptSheet;
import org.htmacademy.quiz.PresentedQuestion.InputKind;
import org.htmacademy.quiz.Response;
import org.htmacademy.quiz.SheetQuestion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultViewTest extends QuizViewTestBase {

	@Test
	void score_only_shows_the_score_and_no_question() {
		String code = answeredAndSubmitted("score-only");

		ResultView page = open("attempts/" + code + "/result", ResultView.class);

		assertThat(text()).contains("Results: attempt 1", "Pass mark 70%", "You answered 2 of 6 questions.",
				"You submitted this attempt", "Your grade for this quiz (your best attempt): ", "Try the quiz again")
			.doesNotContain("QTEXT", "Your answers");
		assertThat(page.getElement().toString()).doesNotContain("QTEXT", "FBK", "ZEPHYRQUARTZ");
	}

	@Test
	void your_answers_shows_each_answer_marked_but_not_the_right_answers_or_feedback() {
		String code = answeredAndSubmitted("your-answers");

		ResultView page = open("attempts/" + code + "/result", ResultView.class);

		String html = page.getElement().toString();
		assertThat(html).contains("QTEXTSINGLE", "QTEXTMATCH", "Your answer", "CHOICESINGLERIGHT", "Right",
				"MATCHITEMONE → MATCHANSONE", "You did not answer this question.", "Not answered")
			.doesNotContain("Right answer", "FBK", "ZEPHYRQUARTZ", "4217");
		assertThat(html).contains("outcome-correct", "outcome-partially-correct", "outcome-unanswered");
	}

	@Test
	void correct_answers_also_shows_the_right_answers_the_feedback_and_the_general_feedback() {
		String code = answeredAndSubmitted("correct-answers");

		ResultView page = open("attempts/" + code + "/result", ResultView.class);

		assertThat(page.getElement().toString()).contains("Right answer", "ZEPHYRQUARTZ", "4217.5 ± 0.25",
				"FBKSINGLERIGHT", "GENFBKSINGLE", "GENFBKMATCH", "MATCHITEMTWO → MATCHANSTWO");
	}

	@Test
	void an_attempt_in_progress_has_no_results_yet_and_opens_the_attempt() {
		enrolledInModuleQuiz("score-only");
		String code = quizzes.startOrResume(moduleQuiz().quizId()).code();

		open("attempts/" + code + "/result", AttemptView.class);
	}

	/** Answers the single-choice question right and two of three matching items partly right, then submits. */
	private String answeredAndSubmitted(String review) {
		AttemptSheet sheet = quizzes.startOrResume(enrolledInModuleQuiz(review));
		for (SheetQuestion question : sheet.questions()) {
			if (question.kind() == InputKind.SINGLE_CHOICE) {
				int right = indexOf(question, "CHOICESINGLERIGHT", question.choicesHtml());
				quizzes.saveAnswer(sheet.code(), question.slot(), Response.ChoiceResponse.of(right));
			}
			if (question.kind() == InputKind.MATCHING) {
				int one = indexOf(question, "MATCHITEMONE", question.itemsHtml());
				int two = indexOf(question, "MATCHITEMTWO", question.itemsHtml());
				quizzes.saveAnswer(sheet.code(), question.slot(),
						new Response.MatchingResponse(Map.of(one, "MATCHANSONE", two, "MATCHANSTHREE")));
			}
		}
		quizzes.submit(sheet.code());
		return sheet.code();
	}

	private static int indexOf(SheetQuestion question, String marker, java.util.List<String> html) {
		for (int i = 0; i < html.size(); i++) {
			if (html.get(i).contains(marker)) {
				return i;
			}
		}
		throw new AssertionError(marker + " not in question " + question.slot());
	}

}
