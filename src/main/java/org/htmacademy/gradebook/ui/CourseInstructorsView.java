package org.htmacademy.gradebook.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.gradebook.CourseInstructors;
import org.htmacademy.gradebook.Instructor;
import org.htmacademy.gradebook.InstructorAssignmentService;
import org.htmacademy.security.Role;

/** Administrators choose who teaches each course: the instructors of a course see its gradebook and item analysis. */
@Route("admin/instructors")
@PageTitle("Instructors — HTM Academy")
@Menu(title = "Instructors", order = 105, icon = "vaadin:user-star")
@RolesAllowed(Role.ADMIN_NAME)
class CourseInstructorsView extends Main {

	final Grid<CourseInstructors> grid = new Grid<>();

	private final InstructorAssignmentService assignments;

	CourseInstructorsView(InstructorAssignmentService assignments) {
		this.assignments = assignments;
		addClassName("page");
		grid.addColumn(CourseInstructors::title).setHeader("Course").setAutoWidth(true).setFlexGrow(1);
		grid.addColumn(course -> course.instructors().isEmpty() ? "No instructor"
				: course.instructors().stream().map(Instructor::fullName).collect(Collectors.joining(", ")))
			.setHeader("Instructors")
			.setFlexGrow(1);
		grid.addItemClickListener(e -> edit(e.getItem()));
		grid.setAllRowsVisible(true);
		grid.setEmptyStateText("No course is imported yet.");
		add(new H1("Instructors"),
				new Paragraph("Choose a course to assign or remove its instructors. Accounts get the instructor role "
						+ "on the Users page."),
				grid);
		refresh();
	}

	InstructorsDialog edit(CourseInstructors course) {
		InstructorsDialog dialog = new InstructorsDialog(assignments, course, this::refresh);
		dialog.open();
		return dialog;
	}

	void refresh() {
		grid.setItems(assignments.courses());
	}

}
