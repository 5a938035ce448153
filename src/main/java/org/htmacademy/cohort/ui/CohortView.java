package org.htmacademy.cohort.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.cohort.CohortDetails;
import org.htmacademy.cohort.CohortService;
import org.htmacademy.security.Role;
import org.springframework.security.access.AccessDeniedException;

/** One cohort for its instructors: join code, courses and due dates, people, and everyone's progress. */
@Route("cohorts/:cohortId")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class CohortView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final CohortService cohorts;

	private CohortDetails cohort;

	JoinCodePanel joinCode;

	CoursesPanel courses;

	PeoplePanel people;

	ProgressPanel progress;

	CohortView(CohortService cohorts) {
		this.cohorts = cohorts;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		long id = event.getRouteParameters().getLong("cohortId").orElse(-1L);
		try {
			cohort = cohorts.cohort(id);
		}
		catch (AccessDeniedException ex) {
			cohort = null;
			Paragraph missing = new Paragraph("There is no such cohort among yours.");
			missing.setId("cohort-missing");
			add(breadcrumbs(), new H1("Cohort"), missing);
			return;
		}
		show();
	}

	void show() {
		removeAll();
		cohort = cohorts.cohort(cohort.id());
		joinCode = new JoinCodePanel(cohorts, cohort, this::show);
		courses = new CoursesPanel(cohorts, cohort, this::show);
		people = new PeoplePanel(cohorts, cohort, this::show);
		progress = new ProgressPanel(cohorts, cohort.id());
		H1 title = new H1(cohort.name());
		title.setId("cohort-title");
		Div top = new Div(joinCode, courses);
		top.addClassName("cohort-columns");
		add(breadcrumbs(), title, top, progress, people);
	}

	@Override
	public String getPageTitle() {
		return (cohort == null ? "Cohort" : cohort.name()) + " — HTM Academy";
	}

	private static Div breadcrumbs() {
		Div crumbs = new Div(new Anchor("cohorts", "Cohorts"));
		crumbs.addClassName("breadcrumbs");
		return crumbs;
	}

}
