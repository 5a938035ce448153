package org.htmacademy.cohort.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.cohort.CohortDetails;
import org.htmacademy.cohort.CohortService;
import org.htmacademy.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
class CohortViewsTest extends SpringBrowserlessTest {

	static final String NETWORKING = "med-device-networking-fundamentals";

	@Autowired
	SignIn signIn;

	@Autowired
	AccountService accounts;

	@Autowired
	CohortService cohorts;

	String teacher;

	@BeforeEach
	void signInAsANewInstructor() {
		teacher = instructor("View Instructor");
		signIn.as(teacher);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void an_instructor_creates_a_cohort_assigns_a_course_adds_learners_and_sees_their_progress() {
		CohortsView list = navigate(CohortsView.class);
		test(list.create).click();
		assertThat(list.error.getText()).startsWith("Give the cohort a name");
		test(list.name).setValue("BMET 201 — Spring 2027");
		test(list.create).click();

		CohortView cohort = (CohortView) getCurrentView();
		assertThat(find(com.vaadin.flow.component.html.H1.class).withId("cohort-title").single().getText())
			.isEqualTo("BMET 201 — Spring 2027");
		assertThat(cohort.joinCode.code.getText()).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
		assertThat(cohort.joinCode.link.getHref()).endsWith("/join/" + cohort.joinCode.code.getText());

		test(cohort.courses.assign).click();
		assertThat(cohort.courses.message.getText()).isEqualTo("Choose a course first.");
		test(cohort.courses.course).selectItem("Medical Device Networking Fundamentals");
		test(cohort.courses.dueOn).setValue(LocalDate.now().minusDays(3));
		test(cohort.courses.assign).click();
		assertThat(cohort.courses.list.getElement().getTextRecursively()).contains(
				"Medical Device Networking Fundamentals", "due ");

		test(cohort.people.learnerEmail).setValue("nobody-" + UUID.randomUUID() + "@example.org");
		test(cohort.people.addLearner).click();
		assertThat(cohort.people.message.getText()).startsWith("No account has the email nobody-")
			.endsWith("Ask them to register first (with this email), then add them again.");

		String learner = register("Casey Nguyen");
		test(cohort.people.learnerEmail).setValue(learner);
		test(cohort.people.addLearner).click();
		assertThat(test(cohort.people.members).size()).isEqualTo(1);
		assertThat(test(cohort.people.members).getRow(0).name()).isEqualTo("Casey Nguyen");

		assertThat(test(cohort.progress.grid).size()).isEqualTo(1);
		assertThat(test(cohort.progress.grid).getCellText(0, 0)).isEqualTo("Casey Nguyen");
		var cell = test(cohort.progress.grid).getCellComponent(0, 1);
		assertThat(cell.getElement().getTextRecursively()).contains("Overdue", "Lessons 0/", "Quizzes 0/",
				"Final exam —");
		assertThat(cell.getClassNames()).contains("overdue");
		assertThat(cohort.progress.overdueSummary.getText()).isEqualTo("1 of 1 learners have overdue work (highlighted).");
		assertThat(cohort.progress.csv.getHref()).isNotBlank();
		assertThat(ProgressPanel.fileName("BMET 201 — Spring 2027")).isEqualTo("BMET-201-Spring-2027-progress.csv");
	}

	@Test
	void a_learner_opens_the_join_link_sees_the_class_confirms_and_finds_it_under_my_classes() {
		long id = cohorts.create("Night shift biomeds");
		cohorts.assignCourse(id, NETWORKING, LocalDate.of(2027, 4, 30));
		String code = cohorts.cohort(id).joinCode().grouped();
		signIn.as(register("Joining Learner"));

		UI.getCurrent().navigate("join/" + code);
		JoinView join = (JoinView) getCurrentView();
		assertThat(join.result.getElement().getTextRecursively()).contains("Night shift biomeds",
				"Medical Device Networking Fundamentals — due Apr 30, 2027");
		test(join.confirm).click();

		MyClassesView mine = (MyClassesView) getCurrentView();
		assertThat(mine.getElement().getTextRecursively()).contains("Night shift biomeds",
				"Instructors: View Instructor", "Medical Device Networking Fundamentals", "due Apr 30, 2027");
	}

	@Test
	void an_invalid_code_and_an_expired_code_get_their_own_message() {
		long id = cohorts.create("Expired class");
		CohortDetails cohort = cohorts.cohort(id);
		cohorts.updateSettings(id, cohort.name(), cohorts.today().minusDays(1), cohort.version());
		signIn.as(register("Late Learner"));

		UI.getCurrent().navigate("join/ZZZZZ-ZZZZZ");
		assertThat(find(Paragraph.class).withId("join-problem").single().getText())
			.startsWith("This join code does not belong to any class.");

		UI.getCurrent().navigate("join/" + cohort.joinCode().grouped());
		assertThat(find(Paragraph.class).withId("join-problem").single().getText())
			.isEqualTo("The join code of Expired class has expired. Ask your instructor for a new code.");
		assertThat(((JoinView) getCurrentView()).confirm.isAttached()).isFalse();
	}

	@Test
	void another_instructor_opening_the_cohort_finds_nothing() {
		long id = cohorts.create("Private class");
		signIn.as(instructor("Other Instructor"));

		UI.getCurrent().navigate("cohorts/" + id);

		assertThat(find(Paragraph.class).withId("cohort-missing").single().getText())
			.isEqualTo("There is no such cohort among yours.");
		assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Private class");
	}

	private String register(String name) {
		String email = "v-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", name);
		return email;
	}

	private String instructor(String name) {
		String email = register(name);
		signIn.as("admin@example.com");
		UserAccount account = accounts.findAccounts(email).getFirst();
		accounts.updateAccess(account.id(), Set.of(Role.LEARNER, Role.INSTRUCTOR), true, account.version());
		signIn.as(email);
		return email;
	}

}
