package org.htmacademy.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
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

			lessonImagesAreServedOnlyToSignedInLearners(browser);
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

	/** The first lesson of this course shows an SVG diagram shipped in the course folder. */
	private static void lessonImagesAreServedOnlyToSignedInLearners(BrowserJourney browser) throws Exception {
		WebElement image = browser.waitFor(By.cssSelector(".lesson-body img"));
		assertThat(image.getDomAttribute("src")).startsWith("/course-assets/");
		Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
				"const done = arguments[arguments.length - 1];"
						+ "fetch(arguments[0].src).then(r => done(r.status + ' ' + r.headers.get('content-type')), e => done(String(e)));",
				image);
		assertThat(status).isEqualTo("200 image/svg+xml");
		((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", image);
		browser.screenshot("lesson-diagram");

		URI url = URI.create(browser.driver.getCurrentUrl()).resolve(image.getDomAttribute("src"));
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<Void> anonymous = http.send(HttpRequest.newBuilder(url).build(), BodyHandlers.discarding());
		assertThat(anonymous.statusCode()).isNotEqualTo(200);
		String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<Void> signedIn = http.send(HttpRequest.newBuilder(url).header("Cookie", "JSESSIONID=" + session).build(),
				BodyHandlers.discarding());
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.headers().firstValue("Content-Type")).contains("image/svg+xml");
		assertThat(signedIn.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("sandbox")
			.contains("default-src 'none'");
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
