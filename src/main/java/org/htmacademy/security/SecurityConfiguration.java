package org.htmacademy.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.htmacademy.security.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

@Configuration
// the command-line import runs without a web server, and so without HTTP security
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * Only this application's own scripts, styles, images and fonts; no plugins, no framing by other sites, forms post
	 * only here. Vaadin Flow needs 'unsafe-eval' (its client runs the server's executeJs calls as new Function),
	 * inline scripts (its page bootstrap writes per-request inline script, so no hash or nonce fits) and inline
	 * styles (Lumo and the components); docs/security.md says what was measured in the browser.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'",
			"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
			"font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
			"frame-ancestors 'none'");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
			CredentialsCheck credentials, AuthenticationFailureHandler signInFailures) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**")
			.permitAll()
			// certificate verification for employers' systems and the key set that checks Open Badges: public
			.requestMatchers(HttpMethod.GET, "/api/certificates/verify/*", "/.well-known/jwks.json")
			.permitAll()
			// lesson images, and draft images for the lesson preview: Vaadin's configurer denies paths it does
			// not know, so name them
			.requestMatchers("/course-assets/**", "/draft-images/**")
			.authenticated());
		// Vaadin's own requests carry Vaadin's CSRF token; everything else needs Spring's, the sign-in form too:
		// Vaadin's configurer would exempt /login, which let another site sign a learner's browser into the
		// attacker's account (login CSRF). The login form sends the token from the page's _csrf meta tags.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
		http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.loginView(LoginView.class, "/")
					.enableCsrfConfiguration(false)
					// an address no rule names reaches the router when signed in, which answers with the branded
					// not-found page; Vaadin's default refused it with the browser's bare 403 (visitors still go
					// to sign in first, whether or not the page exists)
					.anyRequest(any -> any.authenticated()));
		// says "paused until …" after too many wrong passwords (the account feature's handler, DD025). After
		// Vaadin's configurer, whose set-up of the form must come first, or Spring serves its own sign-in page
		http.formLogin(form -> form.failureHandler(signInFailures));
		// nosniff, X-Frame-Options and HSTS (on HTTPS requests only) are Spring Security's defaults, kept
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			// before the response is written, not when it is committed: Vaadin's responses never reached the
			// writers that way (the sign-in page went out with none of these headers)
			.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
				@Override
				public <O extends HeaderWriterFilter> O postProcess(O filter) {
					filter.setShouldWriteHeadersEagerly(true);
					return filter;
				}
			}));
		// a password change or reset, or a disabled account, ends the sessions signed in before it (DD020)
		http.addFilterBefore(new SessionRevocationFilter(credentials), AuthorizationFilter.class);
		return http.build();
	}

}
