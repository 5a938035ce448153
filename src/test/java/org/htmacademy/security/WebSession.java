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

import static org.assertj.core.api.Assertions.assertThat;

/** One browser's cookies against the running application: signs in through the real sign-in form. */
final class WebSession {

	private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final int port;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	WebSession(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	WebSession signIn(String email, String password) throws Exception {
		Matcher token = META.matcher(get("login").body());
		assertThat(token.find()).isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> post = client.send(HttpRequest.newBuilder(url("login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(post.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(signedIn()).as("signed in").isTrue();
		return this;
	}

	/** The session cookie this browser holds now. */
	String sessionId() {
		return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Signed in when the profile page is served rather than a redirect to the sign-in page. */
	boolean signedIn() throws Exception {
		return get("profile").statusCode() == 200;
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + "/" + path);
	}

}
