package org.htmacademy.gradebook.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.htmacademy.gradebook.CourseInstructors;
import org.htmacademy.gradebook.Instructor;
import org.htmacademy.gradebook.InstructorAssignmentService;

/** The instructors of one course: each can be removed, and anyone holding the instructor role added. */
class InstructorsDialog extends Dialog {

	final UnorderedList current = new UnorderedList();

	final ComboBox<Instructor> candidate = new ComboBox<>("Add an instructor");

	final Button assign = new Button("Assign");

	private final InstructorAssignmentService assignments;

	private final String courseId;

	private final Runnable onChange;

	InstructorsDialog(InstructorAssignmentService assignments, CourseInstructors course, Runnable onChange) {
		this.assignments = assignments;
		this.courseId = course.courseId();
		this.onChange = onChange;
		setHeaderTitle("Instructors of " + course.title());
		candidate.setItemLabelGenerator(instructor -> instructor.fullName() + " (" + instructor.email() + ")");
		candidate.setWidthFull();
		assign.addThemeVariants(ButtonVariant.PRIMARY);
		assign.addClickListener(e -> {
			if (candidate.getValue() != null) {
				assignments.assign(courseId, candidate.getValue().userId());
				changed();
			}
		});
		Div add = new Div(candidate, assign);
		add.addClassName("assign-row");
		current.addClassName("instructor-list");
		add(current, add);
		getFooter().add(new Button("Done", e -> close()));
		show(course.instructors());
	}

	private void changed() {
		onChange.run();
		show(assignments.courses()
			.stream()
			.filter(course -> course.courseId().equals(courseId))
			.findFirst()
			.map(CourseInstructors::instructors)
			.orElse(List.of()));
	}

	private void show(List<Instructor> instructors) {
		current.removeAll();
		if (instructors.isEmpty()) {
			current.add(new ListItem(new Paragraph("Nobody teaches this course yet.")));
		}
		for (Instructor instructor : instructors) {
			Button remove = new Button("Remove", e -> {
				assignments.unassign(courseId, instructor.userId());
				changed();
			});
			remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
			remove.setAriaLabel("Remove " + instructor.fullName());
			current.add(new ListItem(new Span(instructor.fullName() + " · " + instructor.email()), remove));
		}
		List<Long> assigned = instructors.stream().map(Instructor::userId).toList();
		candidate.setItems(assignments.instructors().stream().filter(i -> !assigned.contains(i.userId())).toList());
		candidate.clear();
	}

}
