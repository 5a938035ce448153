package org.htmacademy.security.ui;

import java.time.Instant;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.browserless.ViewPackages;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.security.SignInPause;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@ViewPackages(packages = "org.htmacademy")
class LoginViewTest extends SpringBrowserlessTest {

	@Test
	void the_form_posts_email_and_password_to_spring_security() {
		LoginView view = navigate(LoginView.class);

		assertThat(view.form.getAction()).isEqualTo("login");
		assertThat(view.form.isError()).isFalse();
		assertThat(view.i18n.getForm().getUsername()).isEqualTo("Email");
	}

	@Test
	void a_failed_sign_in_shows_an_error_that_mentions_the_lockout() {
		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
		LoginView view = (LoginView) getCurrentView();

		assertThat(view.form.isError()).isTrue();
		assertThat(view.i18n.getErrorMessage().getMessage()).contains("locked for 15 minutes");
	}

	@Test
	void a_paused_address_is_told_until_when_in_words_that_fit_any_address() {
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(SignInPause.SESSION_ATTRIBUTE, new SignInPause(Instant.parse("2026-03-04T09:41:00Z"), 5, 15));

		UI.getCurrent().navigate("login", QueryParameters.of("paused", ""));
		LoginView view = (LoginView) getCurrentView();

		assertThat(view.form.isError()).isTrue();
		assertThat(view.i18n.getErrorMessage().getTitle()).isEqualTo("Sign-in paused for this address");
		assertThat(view.i18n.getErrorMessage().getMessage())
			.contains("After 5 wrong passwords in a row, sign-in for this address is paused until 4 Mar 2026, 09:41 UTC")
			.doesNotContainIgnoringCase("account is locked");
	}

}
