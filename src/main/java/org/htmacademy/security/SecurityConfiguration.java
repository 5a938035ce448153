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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

@Configuration
// the command-line import runs without a web server, and so without HTTP security
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
			AuthenticationFailureHandler signInFailures) throws Exception {
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
		// says "paused until …" after too many wrong passwords (the account feature's handler, DD020). After
		// Vaadin's configurer, whose set-up of the form must come first, or Spring serves its own sign-in page
		http.formLogin(form -> form.failureHandler(signInFailures));
		return http.build();
	}

}
