package org.htmacademy.journey;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Pattern;

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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The countdown runs in the browser, warns in the last minute, and at zero the server submits the attempt. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class QuizTimeLimitJourneyTest {

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
	void when_the_clock_runs_out_the_page_submits_and_shows_that_the_time_limit_ended_the_attempt() throws Exception {
		String courseId = MarkedQuizCourse.importInto(importer, folder, "your-answers", "timeLimitMinutes: 10");
		accounts.register("clock.watcher@clinic.example.org", "paged to the ICU again", "Cleo Watcher");
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("quiz-time-limit", () -> runOutOfTime(browser, courseId));
		}
	}

	private void runOutOfTime(BrowserJourney browser, String courseId) throws Exception {
		QuizInBrowser quiz = new QuizInBrowser(browser);
		browser.signIn("clock.watcher@clinic.example.org", "paged to the ICU again");
		String code = quiz.enrolAndStart(courseId, "Module quiz: Leakage current");
		assertThat(browser.waitFor(By.cssSelector("#countdown .countdown-time")).getText()).matches("(10:00|9:5\\d)");
		quiz.answerWithMouse();

		// as if the learner had been called away for most of the ten minutes (85 s left: the page shows 1:xx even when
		// the reload takes 20 s on a busy machine)
		jdbc.update("update quiz_attempt set deadline = ? where public_code = ?",
				Timestamp.from(Instant.now().plusSeconds(85)), code);
		browser.refresh();
		browser.wait.until(ExpectedConditions.textMatches(By.cssSelector("#countdown .countdown-time"), Pattern.compile("1:\\d\\d")));
		assertThat(browser.driver.findElement(By.cssSelector("#countdown .countdown-warning")).getText())
			.startsWith("Less than 5 minutes left");
		// the page crosses the last minute by itself, with no reload
		browser.wait.until(ExpectedConditions
			.textToBePresentInElementLocated(By.cssSelector("#countdown .countdown-warning"), "Less than 1 minute left"));
		browser.resize(390, 844);
		browser.screenshot("quiz-countdown-last-minute-phone");
		browser.resize(1280, 900);

		// and away again, for all but the last seconds (25: ample for a reload on a busy machine, so that it is the
		// page reaching zero that ends the attempt, not the reload finding the time already up); this spares the
		// suite most of the last minute
		jdbc.update("update quiz_attempt set deadline = ? where public_code = ?",
				Timestamp.from(Instant.now().plusSeconds(25)), code);
		browser.refresh();
		assertThat(browser.waitFor(By.cssSelector("#countdown .countdown-time")).getText())
			.as("the page counts down the last seconds itself").matches("0:[0-2]\\d");
		browser.wait.until(ExpectedConditions.urlMatches("/attempts/" + code + "/result$"));
		assertThat(browser.waitFor(By.id("attempt-notice")).getText()).startsWith("The time limit ended at");
		assertThat(browser.driver.findElement(By.id("result-finished-by")).getText())
			.startsWith("The time limit ended this attempt");
		assertThat(browser.driver.findElement(By.id("result-details")).getText()).endsWith("You answered 1 of 6 questions.");
		browser.screenshot("quiz-result-time-limit");
	}

}
