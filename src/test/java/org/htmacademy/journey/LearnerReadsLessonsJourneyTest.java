package org.htmacademy.journey;

import java.util.List;

import org.htmacademy.account.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class LearnerReadsLessonsJourneyTest {

	static final String COURSE = "courses/dental-water-quality-sterility-assurance";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void a_learner_enrols_reads_two_lessons_and_sees_progress_on_the_dashboard() throws Exception {
		accounts.register("reader@clinic.example.org", "waterline biofilm check", "Ana Reader");
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("learner-reads-lessons", () -> readTwoLessons(browser));
		}
	}

	private static void readTwoLessons(BrowserJourney browser) throws Exception {
		{
			browser.signIn("reader@clinic.example.org", "waterline biofilm check");
			browser.open("catalog");
			browser.waitFor(By.linkText("Dental Unit Water Quality and Sterility Assurance"));
			browser.screenshot("catalog");
			browser.click(By.linkText("Dental Unit Water Quality and Sterility Assurance"));

			browser.click(By.id("enrol"));
			browser.waitFor(By.id("continue"));
			browser.screenshot("course-page-enrolled");
			browser.click(By.id("continue"));

			readCurrentLessonAndGoOn(browser, "lesson-first");
			readCurrentLessonAndGoOn(browser, "lesson-second");
			browser.resize(390, 844);
			browser.screenshot("lesson-third-phone");
			browser.resize(1280, 900);

			browser.open("dashboard");
			WebElement progress = browser.waitFor(By.cssSelector(".my-course-progress"));
			assertThat(progress.getText()).matches("2 of \\d+ lessons read");
			WebElement next = browser.waitFor(By.cssSelector(".my-course .next-step"));
			assertThat(next.getText()).startsWith("Next: ");
			browser.screenshot("dashboard-progress");

			browser.open(COURSE);
			List<WebElement> read = browser.wait
				.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".lesson-list li.completed"), 2));
			assertThat(read).hasSize(2);
		}
	}

	private static void readCurrentLessonAndGoOn(BrowserJourney browser, String screenshot) throws Exception {
		WebElement body = browser.waitFor(By.cssSelector(".lesson-body"));
		assertThat(body.getDomProperty("textContent")).hasSizeGreaterThan(2000);
		browser.screenshot(screenshot);
		browser.click(By.id("mark-complete"));
		browser.wait.until(ExpectedConditions.textToBe(By.id("mark-complete"), "Read ✓"));
		By heading = By.cssSelector(".lesson-page h1");
		String title = browser.driver.findElement(heading).getDomProperty("textContent");
		browser.click(By.id("next-lesson"));
		browser.wait.until(d -> !d.findElement(heading).getDomProperty("textContent").equals(title));
	}

}
