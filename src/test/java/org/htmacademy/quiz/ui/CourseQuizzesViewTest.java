package org.htmacademy.quiz.ui;

import com.vaadin.flow.component.UI;
import org.htmacademy.quiz.AttemptSheet;
import org.htmacademy.quiz.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The course page and the dashboard list the quizzes and count the ones passed. */
class CourseQuizzesViewTest extends QuizViewTestBase {

	@Test
	void the_course_page_lists_each_quiz_with_its_status_and_counts_quizzes_passed() {
		long quizId = enrolledInModuleQuiz("score-only");

		UI.getCurrent().navigate("courses/" + courseId);
		String page = getCurrentView().getElement().toString();
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Module quiz: Leakage current",
				"6 questions · pass mark 70%", "Not attempted", "Final exam", "5 questions · pass mark 80%",
				"0 of 2 quizzes passed");
		assertThat(page).contains("href=\"quizzes/" + quizId + "\"");

		AttemptSheet sheet = quizzes.startOrResume(quizId);
		UI.getCurrent().navigate("courses/" + courseId);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("In progress");

		sheet.questions().forEach(question -> quizzes.saveAnswer(sheet.code(), question.slot(), rightAnswer(question)));
		quizzes.submit(sheet.code());

		UI.getCurrent().navigate("courses/" + courseId);
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("100% — passed", "1 of 2 quizzes passed");
		UI.getCurrent().navigate("dashboard");
		assertThat(getCurrentView().getElement().getTextRecursively()).contains("1 of 2 quizzes passed");
	}

	private static Response rightAnswer(org.htmacademy.quiz.SheetQuestion question) {
		return switch (question.kind()) {
			case SINGLE_CHOICE -> Response.ChoiceResponse.of(find(question.choicesHtml(), "CHOICESINGLERIGHT"));
			case MULTIPLE_CHOICE -> Response.ChoiceResponse.of(find(question.choicesHtml(), "CHOICEMULTIONE"),
					find(question.choicesHtml(), "CHOICEMULTITWO"));
			case TRUE_FALSE -> new Response.TrueFalseResponse(true);
			case SHORT_TEXT -> new Response.TextResponse("zephyrquartz");
			case NUMBER -> new Response.NumberResponse("4217.6");
			case MATCHING -> new Response.MatchingResponse(java.util.Map.of(find(question.itemsHtml(), "MATCHITEMONE"),
					"MATCHANSONE", find(question.itemsHtml(), "MATCHITEMTWO"), "MATCHANSTWO",
					find(question.itemsHtml(), "MATCHITEMTHREE"), "MATCHANSTHREE"));
		};
	}

	private static int find(java.util.List<String> html, String marker) {
		for (int i = 0; i < html.size(); i++) {
			if (html.get(i).contains(marker)) {
				return i;
			}
		}
		throw new AssertionError(marker);
	}

}
