package org.htmacademy.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.browserless.ViewPackages;
import org.htmacademy.HtmSpringTest;
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

}
