package org.htmacademy.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
class ErrorPagesTest extends SpringBrowserlessTest {

	@Autowired
	SignIn signIn;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void an_unknown_address_shows_the_branded_not_found_page_without_any_route() {
		UI.getCurrent().navigate("no-such-page/at-all");

		NotFoundView page = (NotFoundView) getCurrentView();
		assertThat(page.heading.getText()).isEqualTo("Page not found");
		assertThat(page.getElement().getOuterHTML()).doesNotContain("admin").doesNotContain("Available routes");
		assertThat($(Anchor.class).id("error-home").getHref()).isEmpty();
	}

	@Test
	void an_unknown_course_is_not_found_for_a_signed_in_learner_who_is_led_back_to_the_dashboard() {
		signIn.as("learner@example.com");

		UI.getCurrent().navigate("courses/no-such-course");

		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		assertThat($(Anchor.class).id("error-home").getHref()).isEqualTo("dashboard");
		assertThat($(Button.class).id("error-back").getText()).isEqualTo("Go back");
	}

	@Test
	void a_learner_opening_an_administrators_page_is_told_they_have_no_access_and_shown_no_routes() {
		signIn.as("learner@example.com");

		UI.getCurrent().navigate("admin/users");

		AccessDeniedView page = (AccessDeniedView) getCurrentView();
		assertThat(page.heading.getText()).isEqualTo("No access to this page");
		assertThat(page.getElement().getOuterHTML()).doesNotContain("admin/").doesNotContain("Available routes");
	}

}
