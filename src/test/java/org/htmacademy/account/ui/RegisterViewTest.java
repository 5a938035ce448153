package org.htmacademy.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@ViewPackages(packages = "org.htmacademy")
class RegisterViewTest extends SpringBrowserlessTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_visitor_registers_and_is_sent_to_sign_in() {
		RegisterView view = navigate(RegisterView.class);
		test(view.email).setValue("New.Biomed@Example.org");
		test(view.fullName).setValue("José Nuñez");
		test(view.password).setValue("check the ground pin");
		test(view.confirm).setValue("check the ground pin");
		test(view.register).click();

		assertThat(getCurrentView()).isInstanceOf(LoginView.class);
		assertThat(test($(Notification.class).last()).getText()).startsWith("Thank you. If this email address is new here");
		assertThat(jdbc.queryForObject("select full_name from app_user where email = 'new.biomed@example.org'",
				String.class))
			.isEqualTo("José Nuñez");
	}

	@Test
	void differing_passwords_are_reported_and_nothing_is_stored() {
		RegisterView view = navigate(RegisterView.class);
		test(view.email).setValue("typo@example.org");
		test(view.fullName).setValue("Typo Person");
		test(view.password).setValue("check the ground pin");
		test(view.confirm).setValue("check the ground pan");
		test(view.register).click();

		assertThat(view.error.getText()).isEqualTo("The two passwords differ.");
		assertThat(getCurrentView()).isSameAs(view);
		assertThat(jdbc.queryForObject("select count(*) from app_user where email = 'typo@example.org'", Integer.class))
			.isZero();
	}

	@Test
	void a_weak_password_is_explained() {
		RegisterView view = navigate(RegisterView.class);
		test(view.email).setValue("weak@example.org");
		test(view.fullName).setValue("Weak Person");
		test(view.password).setValue("short");
		test(view.confirm).setValue("short");
		test(view.register).click();

		assertThat(view.error.getText()).contains("at least 12 characters");
	}

	@Test
	void a_name_certificates_could_not_print_is_refused_at_registration_naming_the_character() {
		RegisterView view = navigate(RegisterView.class);
		test(view.email).setValue("invisible@example.org");
		test(view.fullName).setValue("Ann\u202Ea Lee");
		test(view.password).setValue("check the ground pin");
		test(view.confirm).setValue("check the ground pin");
		test(view.register).click();

		assertThat(view.error.getText()).contains("U+202E RIGHT-TO-LEFT OVERRIDE");
		assertThat(jdbc.queryForObject("select count(*) from app_user where email = 'invisible@example.org'",
				Integer.class))
			.isZero();
	}

	@Test
	void an_existing_email_gets_the_same_answer_as_a_new_one_and_the_account_stays_as_it_was() {
		String hashBefore = jdbc.queryForObject("select password_hash from app_user where email = 'learner@example.com'",
				String.class);
		RegisterView view = navigate(RegisterView.class);
		test(view.email).setValue("LEARNER@example.com");
		test(view.fullName).setValue("Zebulon Doubletake");
		test(view.password).setValue("check the ground pin");
		test(view.confirm).setValue("check the ground pin");
		test(view.register).click();

		assertThat(view.error.getText()).isEmpty();
		assertThat(getCurrentView()).isInstanceOf(LoginView.class);
		assertThat(test($(Notification.class).last()).getText()).startsWith("Thank you. If this email address is new here");
		assertThat(jdbc.queryForObject("select password_hash from app_user where email = 'learner@example.com'",
				String.class))
			.isEqualTo(hashBefore);
		assertThat(jdbc.queryForObject("select count(*) from app_user where full_name = 'Zebulon Doubletake'", Integer.class))
			.isZero();
	}

}
