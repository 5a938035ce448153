package org.htmacademy.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htmacademy.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login CSRF: a page on another site must not be able to sign a learner's browser into the attacker's account by
 * posting the sign-in form; only a post carrying the token of a page this app served signs in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class LoginCsrfTest {

	static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void a_sign_in_posted_without_a_csrf_token_is_refused() throws Exception {
		String email = "attacker-" + System.nanoTime() + "@clinic.example.org";
		accounts.register(email, "attacker passphrase", "Mallory Attacker");
		HttpClient victim = browser();

		HttpResponse<String> post = victim.send(signIn(email, "attacker passphrase", null),
				HttpResponse.BodyHandlers.ofString());

		// Vaadin answers a CSRF failure by sending the browser back to the sign-in page; a sign-in would go to "/"
		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(post.headers().firstValue("Location").orElseThrow()).matches(".*/login(;jsessionid=\\w+)?$");
		assertThat(signedIn(victim)).isFalse();
	}

	@Test
	void a_sign_in_with_the_token_of_the_sign_in_page_works() throws Exception {
		String email = "learner-" + System.nanoTime() + "@clinic.example.org";
		accounts.register(email, "learner passphrase", "Lee Learner");
		HttpClient learner = browser();
		String page = learner.send(HttpRequest.newBuilder(url("login")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = META.matcher(page);
		assertThat(token.find()).as("the sign-in page carries a CSRF token for its form").isTrue();

		HttpResponse<String> post = learner.send(signIn(email, "learner passphrase", token.group(1)),
				HttpResponse.BodyHandlers.ofString());

		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(post.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(signedIn(learner)).isTrue();
	}

	private HttpRequest signIn(String email, String password, String csrf) {
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(url("login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "https://attacker.example")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	/** Signed in when the profile page is served rather than a redirect to the sign-in page. */
	private boolean signedIn(HttpClient client) throws Exception {
		HttpResponse<String> profile = client.send(HttpRequest.newBuilder(url("profile")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return profile.statusCode() == 200;
	}

	private HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + "/" + path);
	}

}
