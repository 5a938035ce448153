package org.htmacademy.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Response headers (ASVS V14.4) and the session cookie (V3.4). The browser half, that Vaadin works under this
 * policy with no violation reported, is ContentSecurityPolicyJourneyTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false" })
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	@Test
	void pages_carry_a_content_security_policy_nosniff_and_a_strict_referrer_policy() throws Exception {
		for (String path : new String[] { "login", "register", "styles/app.css", "dashboard" }) {
			var headers = new WebSession(port).get(path).headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "object-src 'none'",
						"frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'"));
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
			assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
		}
	}

	@Test
	void pages_are_not_kept_in_caches_and_the_session_id_never_goes_into_a_url() throws Exception {
		HttpResponse<String> dashboard = new WebSession(port).get("dashboard");

		assertThat(dashboard.statusCode()).isEqualTo(302);
		assertThat(dashboard.headers().firstValue("Location").orElseThrow()).endsWith("/login")
			.doesNotContainIgnoringCase("jsessionid");
		assertThat(new WebSession(port).get("login").headers().firstValue("Cache-Control"))
			.hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
	}

	@Test
	void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
		HttpResponse<String> login = new WebSession(port).get("login");

		String cookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

}
