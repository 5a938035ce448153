package org.htmacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import org.htmacademy.cohort.CohortDetails;
import org.htmacademy.cohort.CohortDetails.Person;
import org.htmacademy.cohort.CohortException;
import org.htmacademy.cohort.CohortService;

/** Learners (added by email, or joined with the code) and the instructors who share the cohort. */
class PeoplePanel extends Section {

	final EmailField learnerEmail = new EmailField("Add a learner by email");

	final Button addLearner = new Button("Add learner");

	final EmailField instructorEmail = new EmailField("Add a co-instructor by email");

	final Button addInstructor = new Button("Add co-instructor");

	final Paragraph message = new Paragraph();

	final Grid<Person> members = new Grid<>();

	PeoplePanel(CohortService cohorts, CohortDetails cohort, Runnable changed) {
		addClassNames("card", "cohort-people");
		learnerEmail.setId("add-learner-email");
		learnerEmail.setWidth("20rem");
		addLearner.setId("add-learner");
		addLearner.addClickListener(e -> act(() -> cohorts.addLearner(cohort.id(), learnerEmail.getValue()), changed));
		instructorEmail.setId("add-instructor-email");
		instructorEmail.setWidth("20rem");
		addInstructor.setId("add-instructor");
		addInstructor
			.addClickListener(e -> act(() -> cohorts.addInstructor(cohort.id(), instructorEmail.getValue()), changed));
		message.setId("people-message");
		message.addClassName("people-message");

		members.addColumn(Person::name).setHeader("Learner").setAutoWidth(true).setFlexGrow(1);
		members.addColumn(Person::email).setHeader("Email").setAutoWidth(true);
		members.addComponentColumn(p -> new Button("Remove", e -> {
			cohorts.removeLearner(cohort.id(), p.userId());
			changed.run();
		})).setHeader("").setAutoWidth(true);
		members.setItems(cohort.members());
		members.setAllRowsVisible(true);
		members.setEmptyStateText("No learner yet: share the join code, or add learners by email.");

		Div learnerForm = new Div(learnerEmail, addLearner);
		learnerForm.addClassName("filters");
		Div instructorForm = new Div(instructorEmail, addInstructor);
		instructorForm.addClassName("filters");
		Paragraph instructors = new Paragraph("Instructors: "
				+ String.join(", ", cohort.instructors().stream().map(Person::name).toList()));
		instructors.setId("cohort-instructors");
		add(new H2("Learners (" + cohort.members().size() + ")"), learnerForm, message, members,
				new H2("Instructors"), instructors, instructorForm);
	}

	/** Shows what happened; a refused add keeps the typed email so it can be corrected. */
	private void act(java.util.function.Supplier<String> action, Runnable changed) {
		try {
			String done = action.get();
			changed.run();
			Notifications.success(done);
		}
		catch (CohortException ex) {
			message.setText(ex.getMessage());
			message.addClassName("form-error");
		}
	}

}
