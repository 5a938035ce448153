package org.htmacademy.journey;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class NewLearnerJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void a_visitor_registers_signs_in_sees_the_dashboard_and_signs_out() throws Exception {
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("new-learner", () -> {
				browser.open("");
				browser.click(By.linkText("Create a free account"));

				browser.type("#register-email", "Night.Shift@Hospital.example.org");
				browser.type("#register-name", "Zoë Ødegård-Łukasiewicz");
				browser.type("#register-password", "ground pin resistance");
				browser.type("#register-confirm", "ground pin resistance");
				browser.click(By.id("register-submit"));

				browser.wait.until(ExpectedConditions.urlContains("/login"));
				browser.type("vaadin-login-form vaadin-text-field", "night.shift@hospital.example.org");
				browser.type("vaadin-login-form vaadin-password-field", "ground pin resistance");
				browser.click(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"));

				String greeting = browser.waitFor(By.id("dashboard-greeting")).getText();
				assertThat(greeting).isEqualTo("Welcome, Zoë Ødegård-Łukasiewicz");
				Path screenshot = browser.screenshot("new-learner-dashboard");
				assertThat(Files.size(screenshot)).isGreaterThan(10_000);

				browser.click(By.id("sign-out"));
				browser.waitFor(By.linkText("Create a free account"));
				browser.open("dashboard");
				browser.waitFor(By.cssSelector("vaadin-login-form"));
				assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
			});
		}
	}

}
