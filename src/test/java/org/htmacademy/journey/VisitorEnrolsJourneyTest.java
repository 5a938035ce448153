package org.htmacademy.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true" })
class VisitorEnrolsJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void a_visitor_browses_the_public_catalog_registers_from_a_course_page_and_enrols() throws Exception {
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("visitor-enrols", () -> {
				browser.open("catalog?track=dental");
				browser.waitFor(By.linkText("Dental Unit Water Quality and Sterility Assurance"));
				assertThat(browser.driver.findElements(By.linkText("Medical Device Networking Fundamentals"))).isEmpty();
				browser.type("main vaadin-text-field", "sterility");
				browser.wait.until(ExpectedConditions.urlContains("q=sterility"));
				browser.driver.navigate().back();
				browser.wait.until(d -> d.getCurrentUrl().endsWith("/catalog?track=dental"));
				browser.wait.until(d -> "".equals(d.findElement(By.cssSelector("main vaadin-text-field input"))
					.getDomProperty("value")));
				browser.open("catalog");
				browser.waitFor(By.linkText("Medical Device Networking Fundamentals"));
				browser.screenshot("public-catalog-1280");
				browser.resize(390, 844);
				browser.screenshot("public-catalog-390");
				browser.resize(1280, 900);

				browser.click(By.linkText("Medical Device Networking Fundamentals"));
				browser.waitFor(By.id("enrol-sign-in"));
				browser.screenshot("public-course-1280");
				browser.resize(390, 844);
				browser.screenshot("public-course-390");
				browser.resize(1280, 900);

				browser.click(By.id("enrol-sign-in"));
				browser.click(By.linkText("Register as a learner"));
				String email = "visitor-" + System.nanoTime() + "@clinic.example.org";
				browser.type("#register-email", email);
				browser.type("#register-name", "Vera Visitor");
				browser.type("#register-password", "ground pin resistance");
				browser.type("#register-confirm", "ground pin resistance");
				browser.waitFor(By.id("register-submit")).click();

				browser.wait.until(ExpectedConditions.urlContains("/login"));
				browser.type("vaadin-login-form vaadin-text-field", email);
				browser.type("vaadin-login-form vaadin-password-field", "ground pin resistance");
				browser.waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();

				// back on the course they chose, now with the enrol button
				browser.wait.until(ExpectedConditions.urlContains("/courses/med-device-networking-fundamentals"));
				browser.click(By.id("enrol"));
				assertThat(browser.waitFor(By.id("course-progress")).getText()).startsWith("0 of ");
			});
		}
	}

}
