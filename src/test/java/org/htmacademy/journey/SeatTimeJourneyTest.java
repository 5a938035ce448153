package org.htmacademy.journey;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.htmacademy.account.AccountService;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course asks for one minute of active study before its final exam: the exam page refuses to start and says what
 * is left; the learner leaves the lesson open without touching it (only the time up to the idle limit counts), then
 * reads it for a while in a real browser, which reports the time in batches; the exam then opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false",
				"htm.time-on-task.report-interval=PT2S", "htm.time-on-task.idle-after=PT15S" })
class SeatTimeJourneyTest {

	static final String EMAIL = "steady.reader@clinic.example.org";

	static final String PASSWORD = "reads every word twice";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path tree;

	@Test
	void a_minimum_seat_time_holds_the_final_exam_closed_until_the_learner_has_read_long_enough() throws Exception {
		CourseFolders courses = new CourseFolders(tree);
		String courseId = courses.addCourseWithDefaultSeatTime("seat-journey");
		courses.edit(courseId, "course.yml", "  finalQuizPassed: true\n",
				"  finalQuizPassed: true\n  minimumSeatMinutes: 1\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));
		assertThat(out.toString()).contains("PUBLISHED");
		long exam = jdbc.queryForObject("SELECT q.id FROM quiz q JOIN course c ON c.current_version_id = "
				+ "q.course_version_id WHERE c.slug = ? AND q.module_id IS NULL", Long.class, courseId);
		accounts.register(EMAIL, PASSWORD, "Sam Steady");
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("seat-time", () -> readUntilTheExamOpens(browser, courseId, exam));
		}
	}

	private void readUntilTheExamOpens(BrowserJourney browser, String courseId, long exam) throws Exception {
		browser.signIn(EMAIL, PASSWORD);
		browser.open("courses/" + courseId);
		browser.click(By.id("enrol"));
		assertThat(browser.waitFor(By.id("seat-time")).getText())
			.startsWith("1 minute of reading time left before the final exam opens");

		browser.open("quizzes/" + exam);
		assertThat(browser.waitFor(By.id("cannot-start")).getText())
			.startsWith("1 minute of reading time left before the final exam opens.");
		assertThat(browser.driver.findElement(By.id("start-attempt")).getDomProperty("disabled")).isEqualTo("true");
		browser.screenshot("seat-time-exam-closed");

		Instant opened = Instant.now();
		browser.open("courses/" + courseId + "/lessons/leakage-current");
		browser.waitFor(By.cssSelector(".lesson-body"));
		// no input at all: the first 15 s count, the idle time after them does not
		Thread.sleep(40_000);
		int untouched = activeSeconds(courseId);
		assertThat(untouched).as("idle after 15 s without input").isBetween(10, 17);
		readFor(browser, Duration.ofSeconds(50));
		int credited = activeSeconds(courseId);
		System.out.printf("Seat time journey: %d s credited for 40 s untouched, %d s in all after %d s on the page%n",
				untouched, credited, Duration.between(opened, Instant.now()).toSeconds());
		assertThat(credited).as("reported while reading, never more than the time that passed")
			.isBetween(55, (int) Duration.between(opened, Instant.now()).toSeconds() - 20);

		browser.click(By.cssSelector(".breadcrumbs a"));
		new WebDriverWait(browser.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seat-time"), "Active study time"));
		assertThat(activeSeconds(courseId)).as("the click sent what was left").isGreaterThanOrEqualTo(60);

		browser.open("quizzes/" + exam);
		browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("start-attempt")));
		assertThat(browser.driver.findElements(By.id("cannot-start"))).noneMatch(WebElement::isDisplayed);
		browser.screenshot("seat-time-exam-open");
		browser.click(By.id("start-attempt"));
		browser.wait.until(ExpectedConditions.urlMatches("/attempts/[0-9a-z]{26}$"));
		browser.waitFor(By.cssSelector(".question-stage"));
	}

	/** Scrolls and moves the mouse now and then, as a reader does, until {@code time} has passed. */
	private static void readFor(BrowserJourney browser, Duration time) throws InterruptedException {
		Instant until = Instant.now().plus(time);
		int step = 0;
		while (Instant.now().isBefore(until)) {
			((JavascriptExecutor) browser.driver).executeScript("window.scrollBy(0, arguments[0])",
					step % 2 == 0 ? 40 : -40);
			new Actions(browser.driver).moveToElement(browser.driver.findElement(By.cssSelector(".lesson-body")),
					step % 5, step % 3).perform();
			step++;
			Thread.sleep(5_000);
		}
	}

	private int activeSeconds(String courseId) {
		Integer seconds = jdbc.queryForObject("SELECT COALESCE(MAX(t.active_seconds), 0) FROM enrolment e JOIN course c "
				+ "ON c.id = e.course_id LEFT JOIN enrolment_active_time t ON t.enrolment_id = e.id WHERE c.slug = ?",
				Integer.class, courseId);
		return seconds == null ? 0 : seconds;
	}

}
