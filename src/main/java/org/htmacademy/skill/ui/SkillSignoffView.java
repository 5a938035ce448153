package org.htmacademy.skill.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.security.Role;
import org.htmacademy.skill.SkillService;
import org.htmacademy.skill.SkillSheet;
import org.springframework.security.access.AccessDeniedException;

/** Learners × skills of one course (for one cohort with {@code ?cohort=ID}); a cell opens the sign-off dialog. */
@Route("skills/:courseId")
@PageTitle("Sign skills — HTM Academy")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class SkillSignoffView extends Main implements BeforeEnterObserver {

	private final SkillService skills;

	private String courseId = "";

	private Optional<Long> cohortId = Optional.empty();

	SkillGrid grid;

	SkillSignoffView(SkillService skills) {
		this.skills = skills;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		courseId = event.getRouteParameters().get("courseId").orElse("");
		cohortId = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("cohort")
			.filter(id -> id.matches("\\d{1,18}"))
			.map(Long::valueOf);
		show();
	}

	void show() {
		removeAll();
		Div crumbs = new Div(cohortId.map(id -> new Anchor("cohorts/" + id, "Back to the cohort"))
			.orElse(new Anchor("skills", "Skill sign-off")));
		crumbs.addClassName("breadcrumbs");
		SkillSheet sheet;
		try {
			sheet = cohortId.isPresent() ? skills.cohortSheet(cohortId.get(), courseId) : skills.courseSheet(courseId);
		}
		catch (AccessDeniedException ex) {
			Paragraph refused = new Paragraph("You may sign skills only for the courses you teach and the cohorts you "
					+ "run.");
			refused.setId("skills-refused");
			add(crumbs, new H1("Sign skills"), refused);
			return;
		}
		grid = new SkillGrid(sheet, (learner, skill) -> new SignoffDialog(skills, sheet, learner, skill, this::show).open());
		add(crumbs, new H1("Sign skills: " + sheet.courseTitle()),
				new Paragraph("Choose an unsigned skill to see its checklist and sign it."), grid);
	}

}
