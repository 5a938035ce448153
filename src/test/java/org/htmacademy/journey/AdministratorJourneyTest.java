package org.htmacademy.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class AdministratorJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void an_administrator_re_imports_the_courses_and_reads_the_report() throws Exception {
		try (BrowserJourney browser = new BrowserJourney(port)) {
			browser.run("administrator", () -> {
				browser.signIn("admin@example.com", "keep-it-safe-demo");
				browser.open("admin/courses");
				browser.click(By.xpath("//vaadin-button[contains(., 'Re-import courses')]"));
				browser.wait.until(d -> d.findElement(By.id("import-summary")).getText().contains("unchanged"));
				String summary = browser.driver.findElement(By.id("import-summary")).getText();
				assertThat(summary).contains("0 rejected");
				browser.screenshot("admin-course-import");

				browser.open("admin/users");
				// the users grid, not the collapsed "Names to review" one above it
				browser.waitFor(By.id("users-grid"));
				// other tests add accounts to the same database: search, as an administrator would
				browser.type("main vaadin-text-field", "learner@example.com");
				browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content"))
					.stream()
					.anyMatch(cell -> cell.getText().equals("learner@example.com")));
				browser.screenshot("admin-users");

				browser.open("admin/instructors");
				browser.wait.until(d -> d.getPageSource().contains("Priya Raman, CHTM"));
				browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'Medical Device Networking')]"));
				browser.wait.until(d -> d.getPageSource().contains("Add an instructor"));
				browser.screenshot("admin-instructors");
			});
		}
	}

}
