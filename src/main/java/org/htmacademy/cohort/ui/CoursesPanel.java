package org.htmacademy.cohort.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.htmacademy.cohort.CohortDetails;
import org.htmacademy.cohort.CohortDetails.AssignedCourse;
import org.htmacademy.cohort.CohortException;
import org.htmacademy.cohort.CohortService;
import org.htmacademy.cohort.CourseChoice;

/** The cohort's courses with their due dates; assigning a course enrols every member in it. */
class CoursesPanel extends Section {

	final ComboBox<CourseChoice> course = new ComboBox<>("Course");

	final DatePicker dueOn = new DatePicker("Due (optional)");

	final Button assign = new Button("Assign");

	final Paragraph message = new Paragraph();

	final UnorderedList list = new UnorderedList();

	CoursesPanel(CohortService cohorts, CohortDetails cohort, Runnable changed) {
		addClassNames("card", "cohort-courses");
		course.setItems(cohorts.courseChoices());
		course.setItemLabelGenerator(CourseChoice::title);
		course.setId("assign-course");
		course.setWidth("22rem");
		dueOn.setId("assign-due");
		assign.setId("assign");
		assign.addThemeVariants(ButtonVariant.PRIMARY);
		assign.addClickListener(e -> {
			if (course.getValue() == null) {
				message.setText("Choose a course first.");
				return;
			}
			try {
				cohorts.assignCourse(cohort.id(), course.getValue().courseId(), dueOn.getValue());
				changed.run();
			}
			catch (CohortException ex) {
				message.setText(ex.getMessage());
			}
		});
		message.addClassName("form-error");
		list.addClassName("cohort-course-list");
		cohort.courses().forEach(c -> list.add(item(cohorts, cohort, c, changed)));
		Div form = new Div(course, dueOn, assign);
		form.addClassName("filters");
		add(new H2("Courses"), cohort.courses().isEmpty() ? new Paragraph("No course assigned yet.") : list, form,
				message);
	}

	private static ListItem item(CohortService cohorts, CohortDetails cohort, AssignedCourse c, Runnable changed) {
		Span due = new Span(c.dueOn().map(d -> "due " + JoinCodePanel.DATE.format(d)).orElse("no due date"));
		due.addClassName("due");
		Button remove = new Button("Remove", e -> {
			cohorts.removeCourse(cohort.id(), c.courseId());
			changed.run();
		});
		remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
		ListItem item = new ListItem(new Anchor("courses/" + c.courseId(), c.title()), due);
		if (c.skills() > 0) {
			Anchor skills = new Anchor("skills/" + c.courseId() + "?cohort=" + cohort.id(), "Sign skills (" + c.skills() + ")");
			skills.addClassName("sign-skills");
			item.add(skills);
		}
		item.add(remove);
		return item;
	}

}
