package org.htmacademy.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
class UserAdministrationViewTest extends SpringBrowserlessTest {

	@Autowired
	SignIn signIn;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void signInAsAdministrator() {
		signIn.as("admin@example.com");
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_administrator_finds_an_account_by_name() {
		UserAdministrationView view = navigate(UserAdministrationView.class);
		test(view.search).setValue("Jordan");

		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getRow(0).email()).isEqualTo("learner@example.com");
	}

	@Test
	void the_administrator_grants_the_instructor_role() {
		UserAccount learner = accounts.register("grant.me@example.org", "check the ground pin", "Grant Me");
		UserAdministrationView view = navigate(UserAdministrationView.class);
		test(view.search).setValue("grant.me@");
		test(view.grid).clickRow(0);

		AccessEditor editor = find(AccessEditor.class).single();
		test(editor.roles).selectItem("Instructor");
		test(editor.save).click();

		assertThat(jdbc.queryForList("select role from user_role where user_id = ? order by role", String.class,
				learner.id()))
			.containsExactly("INSTRUCTOR", "LEARNER");
		assertThat(test(view.grid).getRow(0).roles()).contains(Role.INSTRUCTOR);
	}

	@Test
	void the_administrator_sees_stored_names_that_break_the_name_rule_and_why() {
		String email = "old.name-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UserAccount old = accounts.register(email, "check the ground pin", "Old Name");
		jdbc.update("update app_user set full_name = ? where id = ?", "\u3164\u3164", old.id());
		try {
			UserAdministrationView view = navigate(UserAdministrationView.class);

			assertThat(view.namesToReview.isVisible()).isTrue();
			assertThat(test(view.namesToReview.grid).size()).isPositive();
			assertThat(java.util.stream.IntStream.range(0, test(view.namesToReview.grid).size())
				.mapToObj(i -> test(view.namesToReview.grid).getRow(i))
				.filter(review -> review.account().id() == old.id())
				.findFirst()).hasValueSatisfying(review -> assertThat(review.problem()).contains("U+3164 HANGUL FILLER"));
		}
		finally {
			jdbc.update("update app_user set full_name = ? where id = ?", "Old Name", old.id());
		}
	}

}
