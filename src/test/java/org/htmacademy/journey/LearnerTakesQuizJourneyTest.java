package org.htmacademy.journey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.htmacademy.account.AccountService;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.quiz.MarkedQuizCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class LearnerTakesQuizJourneyTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	CourseImportCommand importer;

	@TempDir
	Path folder;

	@Test
	void a_learner_enrols_answers_reloads_mid_way_finds_everything_as_left_and_submits() throws Exception {
		String courseId = MarkedQuizCourse.importInto(importer, folder, "your-answers");
		accounts.register("quiz.taker@clinic.example.org", "isolation transformer", "Quinn Taker");
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("learner-takes-quiz", () -> takeQuiz(browser, courseId));
		}
	}

	private static void takeQuiz(BrowserJourney browser, String courseId) throws Exception {
		QuizInBrowser quiz = new QuizInBrowser(browser);
		browser.signIn("quiz.taker@clinic.example.org", "isolation transformer");
		browser.open("courses/" + courseId);
		browser.click(By.id("enrol"));
		browser.waitFor(By.id("course-quiz-progress"));
		assertThat(browser.driver.findElement(By.id("course-quiz-progress")).getText()).isEqualTo("0 of 2 quizzes passed");
		browser.screenshot("quiz-course-page");
		browser.click(By.linkText("Module quiz: Leakage current"));

		browser.waitFor(By.id("quiz-rules"));
		browser.screenshot("quiz-start-page");
		browser.click(By.id("start-attempt"));
		browser.wait.until(ExpectedConditions.urlMatches("/attempts/[0-9a-z]{26}$"));
		assertThat(quiz.heading()).isEqualTo("Question 1 of 6");
		browser.screenshot("quiz-attempt-first-question");

		Map<Integer, String> texts = new LinkedHashMap<>();
		Map<Integer, List<String>> shown = new LinkedHashMap<>();
		Map<Integer, String> answers = new LinkedHashMap<>();
		for (int slot = 1; slot <= 6; slot++) {
			quiz.goTo(slot);
			texts.put(slot, quiz.questionText());
			if (quiz.kind().equals("MATCH") || quiz.kind().equals("NUMBER")) {
				browser.resize(390, 844);
				browser.screenshot("quiz-attempt-" + quiz.kind().toLowerCase() + "-phone");
				browser.resize(1280, 900);
			}
			shown.put(slot, quiz.shownTexts());
			if (slot <= 4) {
				quiz.answerWithMouse();
				answers.put(slot, quiz.shownAnswer());
				if (quiz.kind().equals("NUMBER")) {
					assertThat(browser.driver.findElement(By.cssSelector(".question-panel vaadin-text-field input"))
						.getDomAttribute("inputmode")).isEqualTo("decimal");
				}
			}
		}
		quiz.goTo(5);
		browser.resize(390, 844);
		browser.screenshot("quiz-attempt-phone");
		browser.resize(1280, 900);

		browser.refresh();

		assertThat(quiz.heading()).as("resuming opens where the learner was").isEqualTo("Question 5 of 6");
		List<String> navigator = new ArrayList<>();
		for (int slot = 1; slot <= 6; slot++) {
			navigator.add(browser.waitFor(By.id("go-to-question-" + slot)).getDomAttribute("aria-label"));
		}
		assertThat(navigator).containsExactly("Question 1, answered", "Question 2, answered", "Question 3, answered",
				"Question 4, answered", "Question 5, not answered, current question", "Question 6, not answered");
		for (int slot = 1; slot <= 6; slot++) {
			quiz.goTo(slot);
			assertThat(quiz.questionText()).isEqualTo(texts.get(slot));
			assertThat(quiz.shownTexts()).as("choice order of question %d", slot).isEqualTo(shown.get(slot));
			if (answers.containsKey(slot)) {
				assertThat(quiz.shownAnswer()).as("saved answer of question %d", slot).isEqualTo(answers.get(slot));
			}
		}
		browser.screenshot("quiz-attempt-after-reload");

		browser.click(By.id("submit-attempt"));
		browser.waitFor(By.id("submit-summary"));
		assertThat(browser.driver.findElement(By.id("submit-summary")).getText())
			.startsWith("You have answered 4 of 6 questions.");
		assertThat(browser.driver.findElement(By.id("unanswered-questions")).getText()).contains("Question 5",
				"Question 6");
		browser.screenshot("quiz-confirm-submit");
		browser.click(By.id("confirm-submit"));

		browser.wait.until(ExpectedConditions.urlMatches("/attempts/[0-9a-z]{26}/result$"));
		assertThat(browser.waitFor(By.id("result-details")).getText())
			.isEqualTo("Pass mark 70%. You answered 4 of 6 questions.");
		assertThat(browser.driver.findElement(By.id("result-finished-by")).getText()).startsWith("You submitted");
		assertThat(browser.driver.findElements(By.cssSelector(".reviewed-question"))).hasSize(6);
		browser.screenshot("quiz-result");
		browser.resize(390, 844);
		browser.screenshot("quiz-result-phone");

		browser.click(By.id("to-quiz"));
		assertThat(browser.waitFor(By.cssSelector("#attempt-history .attempt-row")).getText()).contains("Attempt 1",
				"by you", "Not passed", "See results");
		assertThat(browser.driver.findElement(By.id("start-attempt")).getText()).isEqualTo("Start a new attempt");
		browser.screenshot("quiz-page-history-phone");
		browser.resize(1280, 900);
		browser.click(By.linkText("Electrical Safety Testing Basics"));
		assertThat(browser.waitFor(By.cssSelector(".module-card .quiz-status")).getText()).endsWith("not passed yet");
		browser.screenshot("quiz-course-page-after");
	}

}
