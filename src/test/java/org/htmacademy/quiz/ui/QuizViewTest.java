package org.htmacademy.quiz.ui;

import org.htmacademy.quiz.QuizOverview;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuizViewTest extends QuizViewTestBase {

	@Test
	void the_quiz_page_says_the_rules_in_plain_words_and_starts_an_attempt() {
		long quizId = enrolledInModuleQuiz("correct-answers", "attempts: 2", "timeLimitMinutes: 15", "grading: average");

		QuizView page = open("quizzes/" + quizId, QuizView.class);

		assertThat(text()).contains("Module quiz: Leakage current", "Electrical Safety Testing Basics",
				"6 questions in each attempt.", "You pass with 70% or more.",
				"Attempts: you have used 0 of the 2 allowed.", "Time limit: 15 minutes per attempt",
				"the right answers and the feedback", "the average of all your attempts", "No attempts yet.",
				"No grade yet");
		assertThat(page.start.getText()).isEqualTo("Start the quiz");

		test(page.start).click();

		assertThat(getCurrentView()).isInstanceOf(AttemptView.class);
		QuizOverview overview = quizzes.overview(quizId);
		assertThat(overview.attemptInProgress()).isPresent();
		QuizView again = open("quizzes/" + quizId, QuizView.class);
		assertThat(again.start.getText()).isEqualTo("Continue your attempt");
		assertThat(text()).contains("Attempt 1", "In progress", "Attempts: you have used 1 of the 2 allowed.");
	}

	@Test
	void history_links_each_result_and_the_button_says_why_no_attempt_can_start() {
		long quizId = enrolledInModuleQuiz("score-only", "attempts: 1");
		String code = quizzes.startOrResume(quizId).code();
		quizzes.submit(code);

		QuizView page = open("quizzes/" + quizId, QuizView.class);

		assertThat(text()).contains("Attempt 1", "Finished", "by you", "0%", "Not passed", "See results",
				"Your grade: 0% — not passed yet", "you see your score, but not the questions");
		assertThat(page.start.isEnabled()).isFalse();
		assertThat(page.cannotStart.getText()).isEqualTo("You have used all 1 attempts allowed for this quiz.");
		assertThat(page.getElement().toString()).contains("attempts/" + code + "/result");
	}

	@Test
	void a_quiz_the_learner_is_not_enrolled_for_or_that_does_not_exist_shows_a_message() {
		long quizId = enrolledInModuleQuiz("score-only");
		signIn.as(newLearner());

		open("quizzes/" + quizId, QuizView.class);
		assertThat(text()).contains("Quiz not available", "not part of a course version you are enrolled in");

		open("quizzes/999999999", QuizView.class);
		assertThat(text()).contains("Quiz not available");
		open("quizzes/not-a-number", QuizView.class);
		assertThat(text()).contains("Quiz not available", "There is no such quiz.");
	}

}
