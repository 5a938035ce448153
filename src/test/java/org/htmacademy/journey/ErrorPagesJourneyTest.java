package org.htmacademy.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 404 and a 403 in a real browser: branded pages that list no routes and lead back, at desktop and phone widths;
 * and the sign-in form's "paused until …" after five wrong passwords.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true" })
class ErrorPagesJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void a_visitor_meets_a_404_and_a_learner_a_403_and_both_find_their_way_back() throws Exception {
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("error-pages", () -> {
				// a visitor is asked to sign in first, whether or not the page exists, so nothing is revealed
				browser.open("courses-that-never-were/anywhere");
				browser.type("vaadin-login-form vaadin-text-field", "learner@example.com");
				browser.type("vaadin-login-form vaadin-password-field", "night-shift-demo");
				browser.waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();

				assertThat(browser.waitFor(By.cssSelector("#error-page h1")).getText()).isEqualTo("Page not found");
				assertThat(browser.driver.getPageSource()).doesNotContain("admin/").doesNotContain("Available routes");
				assertThat(browser.driver.getTitle()).isEqualTo("Page not found — HTM Academy");
				browser.screenshot("error-404-1280");
				browser.resize(390, 844);
				browser.screenshot("error-404-390");
				browser.resize(1280, 900);
				browser.click(By.id("error-home"));
				browser.waitFor(By.id("dashboard-greeting"));

				browser.open("admin/users");
				assertThat(browser.waitFor(By.cssSelector("#error-page h1")).getText())
					.isEqualTo("No access to this page");
				assertThat(browser.driver.getPageSource()).doesNotContain("admin/courses")
					.doesNotContain("Available routes");
				browser.screenshot("error-403-1280");
				browser.resize(390, 844);
				browser.screenshot("error-403-390");
				browser.resize(1280, 900);
				browser.click(By.id("error-home"));
				browser.waitFor(By.id("dashboard-greeting"));
			});
		}
	}

	@Test
	void five_wrong_passwords_pause_sign_in_and_the_form_says_until_when() throws Exception {
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("sign-in-paused", () -> {
				String email = "who-" + System.nanoTime() + "@clinic.example.org";
				for (int i = 0; i < 5; i++) {
					browser.open("login");
					browser.type("vaadin-login-form vaadin-text-field", email);
					browser.type("vaadin-login-form vaadin-password-field", "wrong guess " + i);
					browser.waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
					browser.wait.until(d -> d.getCurrentUrl().contains("?error") || d.getCurrentUrl().contains("?paused"));
				}
				assertThat(browser.driver.getCurrentUrl()).contains("?paused");
				String title = (String) browser.wait.until(d -> ((JavascriptExecutor) d).executeScript(
						"const f = document.querySelector('vaadin-login-form');"
								+ "return f && f.error && f.i18n ? f.i18n.errorMessage.title : null;"));
				assertThat(title).isEqualTo("Sign-in paused for this address");
				browser.screenshot("sign-in-paused-1280");
				browser.resize(390, 844);
				browser.screenshot("sign-in-paused-390");
			});
		}
	}

}
