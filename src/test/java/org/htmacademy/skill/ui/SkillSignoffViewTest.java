package org.htmacademy.skill.ui;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.cohort.CohortService;
import org.htmacademy.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
class SkillSignoffViewTest extends SpringBrowserlessTest {

	static final String DENTAL_WATER = "dental-water-quality-sterility-assurance";

	@Autowired
	SignIn signIn;

	@Autowired
	AccountService accounts;

	@Autowired
	CohortService cohorts;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void a_cohort_instructor_opens_the_checklist_and_signs_a_learners_skill() {
		String teacher = instructor("Skill Instructor");
		signIn.as(teacher);
		long id = cohorts.create("Dental techs");
		cohorts.assignCourse(id, DENTAL_WATER, null);
		cohorts.addLearner(id, register("Robin Learner"));

		UI.getCurrent().navigate("skills/" + DENTAL_WATER, QueryParameters.of("cohort", String.valueOf(id)));
		SkillSignoffView view = (SkillSignoffView) getCurrentView();
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(view.getElement().getTextRecursively()).contains("Dental Unit Water Quality and Sterility Assurance");

		assertThat(view.grid.getColumns().get(1).getHeaderComponent().getElement().getText())
			.isEqualTo("Tests dental unit waterline output with a heterotrophic plate count kit");
		Button sign = (Button) test(view.grid).getCellComponent(0, 1);
		sign.click();
		SignoffDialog dialog = find(SignoffDialog.class).single();
		assertThat(find(OrderedList.class).withId("signoff-checklist").single().getElement().getTextRecursively())
			.contains("Collects the sample aseptically", "500 CFU/mL");
		test(dialog.signedOn).setValue(LocalDate.now().minusDays(1));
		test(dialog.note).setValue("Aseptic technique was good");
		test(dialog.sign).click();

		SkillSignoffView after = (SkillSignoffView) getCurrentView();
		assertThat(test(after.grid).getCellText(0, 3)).isEqualTo("1/2");
		assertThat(test(after.grid).getCellComponent(0, 1).getElement().getText())
			.isEqualTo("✓ Skill Instructor, " + LocalDate.now().minusDays(1));
		assertThat(test(after.grid).getCellComponent(0, 2)).isInstanceOf(Button.class);
	}

	@Test
	void an_instructor_who_neither_teaches_the_course_nor_runs_the_cohort_is_told_so() {
		signIn.as(instructor("Stranger"));

		UI.getCurrent().navigate("skills/" + DENTAL_WATER);

		assertThat(find(Paragraph.class).withId("skills-refused").single().getText())
			.startsWith("You may sign skills only for the courses you teach");
	}

	private String register(String name) {
		String email = "w-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", name);
		return email;
	}

	private String instructor(String name) {
		String email = register(name);
		signIn.as("admin@example.com");
		UserAccount account = accounts.findAccounts(email).getFirst();
		accounts.updateAccess(account.id(), Set.of(Role.LEARNER, Role.INSTRUCTOR), true, account.version());
		signIn.out();
		return email;
	}

}
