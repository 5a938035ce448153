package org.htmacademy.journey;

import org.htmacademy.gradebook.SimulatedAttempts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo instructor reads a gradebook and a final exam's item analysis, 90 learners into a course. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
@Import(SimulatedAttempts.class)
class InstructorJourneyTest {

	static final String COURSE = "pacs-administration-imaging-informatics";

	@LocalServerPort
	int port;

	@Autowired
	SimulatedAttempts simulated;

	@Test
	void an_instructor_reads_the_gradebook_and_the_item_analysis_of_the_final_exam() throws Exception {
		long finalExam = simulated.finalExam(COURSE);
		simulated.write(finalExam, 90, 0, 3, "journey");
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("instructor", () -> {
				browser.signIn("instructor@example.com", "semester-plan-demo");
				browser.open("teaching");
				browser.waitFor(By.cssSelector(".teaching-course"));
				browser.screenshot("instructor-teaching");

				browser.open("teaching/courses/" + COURSE + "/gradebook");
				browser.waitFor(By.cssSelector("vaadin-grid"));
				browser.wait.until(d -> d.findElement(By.id("gradebook-count")).getText().equals("90 learners"));
				browser.screenshot("instructor-gradebook");
				browser.type("#gradebook-search", "Priya");
				browser.wait.until(d -> !d.findElement(By.id("gradebook-count")).getText().equals("90 learners"));
				assertThat(browser.driver.findElement(By.id("gradebook-csv")).getAttribute("href")).isNotBlank();

				browser.open("teaching/quizzes/" + finalExam + "/analysis");
				browser.waitFor(By.cssSelector(".item-chart svg[role='img']"));
				assertThat(browser.driver.findElement(By.id("analysis-summary")).getText()).contains("learners");
				browser.screenshot("instructor-item-analysis");
				browser.resize(1280, 2400);
				browser.screenshot("instructor-item-analysis-long");
				browser.resize(1280, 900);
				browser.click(By.cssSelector(".answer-details"));
				browser.waitFor(By.cssSelector(".answer-details[opened] .answer-table"));
				browser.screenshot("instructor-item-analysis-answers");
			});
		}
	}

}
