package org.htmacademy.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.htmacademy.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After five wrong passwords the sign-in form says "paused until …" (DD025), and answers an address with an account
 * exactly as one without: the same redirects in the same order, so the pause reveals no account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class SignInPauseTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void an_address_with_an_account_and_one_without_are_answered_alike_before_and_during_the_pause()
			throws Exception {
		String existing = "paused-" + System.nanoTime() + "@clinic.example.org";
		accounts.register(existing, "right passphrase", "Pat Paused");
		String unknown = "nobody-" + System.nanoTime() + "@clinic.example.org";

		List<String> forExisting = sixAttemptsThenTheRightPassword(existing);
		List<String> forUnknown = sixAttemptsThenTheRightPassword(unknown);

		assertThat(forExisting).containsExactly("/login?error", "/login?error", "/login?error", "/login?error",
				"/login?paused", "/login?paused", "/login?paused");
		assertThat(forUnknown).isEqualTo(forExisting);
	}

	@Test
	void the_right_password_within_four_wrong_ones_still_signs_in() throws Exception {
		String email = "careful-" + System.nanoTime() + "@clinic.example.org";
		accounts.register(email, "right passphrase", "Cary Careful");
		HttpClient browser = browser();
		for (int i = 0; i < 4; i++) {
			post(browser, email, "wrong " + i);
		}

		assertThat(post(browser, email, "right passphrase")).doesNotContain("error").doesNotContain("paused");
	}

	/** Five wrong passwords, a sixth, then the right one: where each post sends the browser. */
	private List<String> sixAttemptsThenTheRightPassword(String email) throws Exception {
		HttpClient browser = browser();
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			answers.add(post(browser, email, "wrong guess " + i));
		}
		answers.add(post(browser, email, "right passphrase"));
		return answers;
	}

	private String post(HttpClient browser, String email, String password) throws Exception {
		String page = browser.send(HttpRequest.newBuilder(url("login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = LoginCsrfTest.META.matcher(page);
		assertThat(token.find()).as("the sign-in page carries a CSRF token: %s", page.length() > 600 ? page.substring(0, 600) : page).isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(url("login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^https?://[^/]+", "")
			.replaceAll(";jsessionid=\\w+", "");
	}

	private HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + "/" + path);
	}

}
