package org.htmacademy.journey;

import java.net.URI;
import java.util.UUID;

import org.htmacademy.account.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An instructor creates a class with a course; a learner opens the join link, confirms and finds the course. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class CohortJourneyTest {

	static final String COURSE = "Medical Device Networking Fundamentals";

	@LocalServerPort
	int port;

	/** A new learner rather than the demo one, whose enrolments other tests rely on. */
	@Autowired
	AccountService accounts;

	@Test
	void an_instructor_creates_a_cohort_and_a_learner_joins_with_the_link_and_sees_the_course() throws Exception {
		String learner = "joiner-" + UUID.randomUUID().toString().substring(0, 8) + "@hospital.example.org";
		accounts.register(learner, "ground pin resistance", "Casey Nguyen");
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("cohort-journey", () -> {
				browser.signIn("instructor@example.com", "semester-plan-demo");
				browser.open("cohorts");
				browser.type("#cohort-name", "BMET 201 — Spring 2027");
				browser.click(By.id("create-cohort"));
				assertThat(browser.waitFor(By.id("cohort-title")).getText()).isEqualTo("BMET 201 — Spring 2027");

				WebElement course = browser.waitFor(By.cssSelector("#assign-course input"));
				course.sendKeys(COURSE);
				browser.waitFor(By.cssSelector("vaadin-combo-box-item"));
				course.sendKeys(Keys.ENTER);
				browser.click(By.id("assign"));
				browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
						By.cssSelector(".cohort-course-list"), COURSE));
				String link = browser.waitFor(By.id("join-link")).getText();
				assertThat(link).matches(".*/join/[0-9A-Z]{5}-[0-9A-Z]{5}");
				browser.screenshot("cohort-instructor");
				String csv = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
						"const done = arguments[arguments.length - 1];"
								+ "fetch(document.getElementById('progress-csv').href).then(r => r.text()).then(done);");
				// fetch's text() drops the byte-order mark
				assertThat(csv).as("the CSV download, fetched with the instructor's session")
					.startsWith("Learner,Email,Course,Due,Status,");

				browser.click(By.id("sign-out"));
				browser.waitFor(By.linkText("Create a free account"));
				browser.signIn(learner, "ground pin resistance");
				browser.open(URI.create(link).getPath().substring(1));
				assertThat(browser.waitFor(By.id("join-cohort-name")).getText()).isEqualTo("BMET 201 — Spring 2027");
				assertThat(browser.waitFor(By.id("join-result")).getText()).contains(COURSE);
				browser.screenshot("cohort-join");
				browser.click(By.id("join-confirm"));

				browser.wait.until(ExpectedConditions.urlContains("/my-classes"));
				browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".my-class"), COURSE));
				assertThat(browser.waitFor(By.cssSelector(".my-class")).getText()).contains("BMET 201 — Spring 2027",
						"Priya Raman, CHTM");
				browser.screenshot("cohort-my-classes");

				browser.open("dashboard");
				browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".my-course"), COURSE));
			});
		}
	}

}
