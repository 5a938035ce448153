package org.htmacademy.journey;

import java.nio.file.Path;

import org.htmacademy.account.AccountService;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.quiz.MarkedQuizCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of question can be answered with the keyboard alone, and the answers are saved. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class QuizKeyboardTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

	@Test
	void radio_checkbox_text_and_select_questions_are_answered_with_keys_only() throws Exception {
		String courseId = MarkedQuizCourse.importInto(importer, folder, "correct-answers");
		accounts.register("keys.only@clinic.example.org", "no mouse on night shift", "Kim Keys");
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("quiz-keyboard", () -> answerWithKeys(browser, courseId));
		}
	}

	private void answerWithKeys(BrowserJourney browser, String courseId) throws Exception {
		QuizInBrowser quiz = new QuizInBrowser(browser);
		browser.signIn("keys.only@clinic.example.org", "no mouse on night shift");
		String code = quiz.enrolAndStart(courseId, "Module quiz: Leakage current");

		for (int slot = 1; slot <= 6; slot++) {
			openWithKeys(browser, quiz, slot);
			switch (quiz.kind()) {
				case "SINGLE" -> keys(browser, Keys.TAB, Keys.ARROW_DOWN);
				case "TRUEFALSE" -> keys(browser, Keys.TAB, Keys.SPACE);
				case "MULTIPLE" -> {
					keys(browser, Keys.TAB, Keys.SPACE);
					quiz.waitUntilSaved();
					keys(browser, Keys.TAB, Keys.TAB, Keys.SPACE);
				}
				case "SHORT" -> keys(browser, Keys.TAB, "copper", Keys.TAB);
				case "NUMBER" -> keys(browser, Keys.TAB, "0.5", Keys.TAB);
				case "MATCH" -> {
					keys(browser, Keys.TAB, Keys.ENTER);
					browser.wait.until(driver -> activeIs(browser, "vaadin-select-item"));
					keys(browser, Keys.ARROW_DOWN, Keys.ENTER);
				}
				default -> throw new AssertionError();
			}
			quiz.waitUntilSaved();
			assertThat(response(code, slot)).as("question %d (%s) saved", slot, quiz.kind()).isNotNull();
		}
		browser.screenshot("quiz-keyboard-answered");
		assertThat(jdbc.queryForObject("""
				select count(*) from attempt_slot s join quiz_attempt a on a.id = s.attempt_id
				where a.public_code = ? and s.response is not null""", Integer.class, code)).isEqualTo(6);
	}

	/** Moves with the Next button from the keyboard, and checks focus lands on the question's heading. */
	private static void openWithKeys(BrowserJourney browser, QuizInBrowser quiz, int slot) {
		if (slot > 1) {
			((JavascriptExecutor) browser.driver).executeScript("document.getElementById('next-question').focus()");
			keys(browser, Keys.ENTER);
			browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector(".question-stage .question-panel h2"), "Question " + slot + " of"));
			browser.wait.until(driver -> activeIs(browser, "h2"));
		}
		else {
			((JavascriptExecutor) browser.driver)
				.executeScript("document.querySelector('.question-stage .question-panel h2').focus()");
		}
		assertThat(quiz.heading()).startsWith("Question " + slot);
	}

	private static boolean activeIs(BrowserJourney browser, String tag) {
		Object active = ((JavascriptExecutor) browser.driver).executeScript("""
				let element = document.activeElement;
				while (element && element.shadowRoot && element.shadowRoot.activeElement) {
					element = element.shadowRoot.activeElement;
				}
				return element ? element.localName : null;""");
		return tag.equals(active);
	}

	private static void keys(BrowserJourney browser, CharSequence... keys) {
		Actions actions = new Actions(browser.driver);
		for (CharSequence key : keys) {
			actions.sendKeys(key).pause(java.time.Duration.ofMillis(150));
		}
		actions.perform();
	}

	private String response(String code, int slot) {
		return jdbc.queryForObject("""
				select s.response from attempt_slot s join quiz_attempt a on a.id = s.attempt_id
				where a.public_code = ? and s.slot = ?""", String.class, code, slot);
	}

}
