package org.htmacademy.journey;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.htmacademy.account.AccountService;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.quiz.MarkedQuizCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the browser receives while a learner takes a quiz is recorded (the page HTML as loaded and every
 * XHR, fetch and WebSocket response, which carry Vaadin's UIDL), and none of it may hold an answer key or a
 * feedback text before the attempt is submitted. The question texts must be in it, and after submission the
 * results (which show keys and feedback) must be, or the recording would prove nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class AnswerKeyNeverReachesTheBrowserTest {

	/** Installed in every document before the page's own scripts run. */
	static final String RECORDER = """
			(() => {
				if (window.__htmCapture) { return; }
				const log = window.__htmCapture = [];
				document.addEventListener('DOMContentLoaded', () => log.push('HTML ' + document.documentElement.outerHTML));
				const send = XMLHttpRequest.prototype.send;
				XMLHttpRequest.prototype.send = function () {
					this.addEventListener('load', () => log.push('XHR ' + this.responseText));
					return send.apply(this, arguments);
				};
				const originalFetch = window.fetch;
				window.fetch = function () {
					return originalFetch.apply(this, arguments).then(response => {
						response.clone().text().then(text => log.push('FETCH ' + text), () => log.push('FETCH unreadable'));
						return response;
					});
				};
				const Socket = window.WebSocket;
				window.WebSocket = function (url, protocols) {
					const socket = protocols === undefined ? new Socket(url) : new Socket(url, protocols);
					socket.addEventListener('message', message => log.push('WS ' + message.data));
					return socket;
				};
				window.WebSocket.prototype = Socket.prototype;
			})();
			""";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	CourseImportCommand importer;

	@TempDir
	Path folder;

	@Test
	void no_key_fraction_or_feedback_reaches_the_browser_before_submission_while_the_questions_do() throws Exception {
		String courseId = MarkedQuizCourse.importInto(importer, folder, "correct-answers", "timeLimitMinutes: 30");
		accounts.register("key.hunter@clinic.example.org", "leakage current limit", "Kay Hunter");
		try (BrowserJourney browser = new BrowserJourney(port)) {
			((ChromeDriver) browser.driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", RECORDER));
			browser.run("answer-key", () -> takeAndCheck(browser, courseId));
		}
	}

	private void takeAndCheck(BrowserJourney browser, String courseId) throws Exception {
		QuizInBrowser quiz = new QuizInBrowser(browser);
		List<String> received = new ArrayList<>();
		browser.signIn("key.hunter@clinic.example.org", "leakage current limit");
		received.addAll(harvest(browser));
		quiz.enrolAndStart(courseId, "Module quiz: Leakage current");
		String attemptUrl = browser.driver.getCurrentUrl();
		for (int slot = 1; slot <= 6; slot++) {
			quiz.goTo(slot);
			quiz.answerWithMouse();
		}
		received.addAll(harvest(browser));

		browser.refresh();
		quiz.panel();
		for (int slot = 1; slot <= 6; slot++) {
			quiz.goTo(slot);
		}
		received.addAll(harvest(browser));
		received.add("RAW " + rawPage(browser, attemptUrl));

		// the page's random CSRF token (base64) can spell a short secret such as "FBK" by chance: leave it out
		String beforeSubmission = String.join("\n", received).replaceAll("(name=\"_csrf\" content=\")[^\"]*", "$1");
		assertThat(received).as("Vaadin's UIDL responses were recorded")
			.anyMatch(entry -> entry.contains("for(;;);") || entry.startsWith("XHR {") || entry.startsWith("FETCH {"));
		assertThat(beforeSubmission).contains(MarkedQuizCourse.SHOWN);
		String lower = beforeSubmission.toLowerCase(Locale.ROOT);
		for (String secret : MarkedQuizCourse.SECRETS) {
			int at = lower.indexOf(secret.toLowerCase(Locale.ROOT));
			assertThat(at).as("'%s' reached the browser before submission: …%s…", secret,
					at < 0 ? "" : beforeSubmission.substring(Math.max(0, at - 200), Math.min(lower.length(), at + 100)))
				.isNegative();
		}
		for (List<String> pair : MarkedQuizCourse.PAIRS) {
			assertThat(pairShown(pair, beforeSubmission)).as("the pair %s reached the browser", pair).isFalse();
		}

		browser.click(By.id("submit-attempt"));
		browser.click(By.id("confirm-submit"));
		browser.wait.until(ExpectedConditions.urlMatches("/result$"));
		browser.waitFor(By.id("reviewed-questions"));
		String afterSubmission = String.join("\n", harvest(browser));
		boolean keysSeen = afterSubmission.contains("GENFBKSINGLE") && afterSubmission.contains("ZEPHYRQUARTZ")
				&& afterSubmission.contains("4217.5") && pairShown(MarkedQuizCourse.PAIRS.get(1), afterSubmission);
		assertThat(keysSeen).as("the recording sees keys, feedback and pairs once the results send them").isTrue();
	}

	private static boolean pairShown(List<String> pair, String received) {
		return Pattern.compile(pair.get(0) + "[^A-Za-z0-9]{0,40}" + pair.get(1)).matcher(received).find();
	}

	@SuppressWarnings("unchecked")
	private static List<String> harvest(BrowserJourney browser) {
		Object entries = ((JavascriptExecutor) browser.driver)
			.executeScript("return (window.__htmCapture || []).splice(0);");
		return ((List<Object>) entries).stream().map(String::valueOf).toList();
	}

	/** The attempt page's HTML as the server sends it on a fresh load, with the learner's session. */
	private static String rawPage(BrowserJourney browser, String url) throws Exception {
		String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build();
		return HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).body();
	}

}
