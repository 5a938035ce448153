package org.htmacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.cohort.CohortException;
import org.htmacademy.cohort.CohortService;
import org.htmacademy.cohort.CohortSummary;
import org.htmacademy.security.Role;

/** An instructor's cohorts (an administrator's: all of them), and a new one. */
@Route("cohorts")
@PageTitle("Cohorts — HTM Academy")
@Menu(title = "Cohorts", order = 20, icon = "vaadin:group")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class CohortsView extends Main {

	final TextField name = new TextField("New cohort");

	final Button create = new Button("Create cohort");

	final Grid<CohortSummary> grid = new Grid<>();

	final Paragraph error = new Paragraph();

	private final CohortService cohorts;

	CohortsView(CohortService cohorts) {
		this.cohorts = cohorts;
		addClassName("page");
		name.setId("cohort-name");
		name.setPlaceholder("BMET 201 — Spring 2027");
		name.setMaxLength(200);
		name.setWidth("22rem");
		create.setId("create-cohort");
		create.addThemeVariants(ButtonVariant.PRIMARY);
		create.addClickListener(e -> create());
		error.addClassName("form-error");
		Div form = new Div(name, create);
		form.addClassName("filters");

		grid.addColumn(CohortSummary::name).setHeader("Cohort").setFlexGrow(1).setAutoWidth(true);
		grid.addColumn(CohortSummary::members).setHeader("Learners").setAutoWidth(true);
		grid.addColumn(CohortSummary::courses).setHeader("Courses").setAutoWidth(true);
		grid.addColumn(CohortSummary::instructors).setHeader("Instructors").setAutoWidth(true);
		grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cohorts/" + e.getItem().id())));
		grid.setEmptyStateText("No cohort yet: create one for a class or an employer group.");
		grid.setAllRowsVisible(true);
		grid.setItems(cohorts.myCohorts());

		add(new H1("Cohorts"), new Paragraph("A cohort is a class or a group of employees: assign courses with due "
				+ "dates, share the join code, and follow everyone's progress."), form, error, new H2("Your cohorts"),
				grid);
	}

	private void create() {
		try {
			long id = cohorts.create(name.getValue());
			getUI().ifPresent(ui -> ui.navigate("cohorts/" + id));
		}
		catch (CohortException ex) {
			error.setText(ex.getMessage());
		}
	}

}
