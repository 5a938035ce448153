package org.htmacademy.gradebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.gradebook.TaughtCourse;
import org.htmacademy.gradebook.TeachingService;
import org.htmacademy.security.Role;

/** The courses an instructor teaches (every course for an administrator), each leading to its gradebook. */
@Route("teaching")
@PageTitle("Teaching — HTM Academy")
@Menu(title = "Teaching", order = 50, icon = "vaadin:academy-cap")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class TeachingView extends Main {

	final Div courses = new Div();

	TeachingView(TeachingService teaching) {
		addClassName("page");
		courses.addClassName("card-grid");
		var mine = teaching.myCourses();
		for (TaughtCourse course : mine) {
			courses.add(card(course));
		}
		Paragraph intro = new Paragraph(mine.isEmpty()
				? "You do not teach any course yet. An administrator assigns instructors to courses."
				: "Open a gradebook to see every learner's progress and results, and the item analysis of each quiz.");
		add(new H1("Teaching"), intro, courses);
	}

	private static Div card(TaughtCourse course) {
		Anchor gradebook = new Anchor(GradebookView.path(course.courseId()), "Open gradebook");
		gradebook.addClassName("next-step");
		Span figures = new Span("%d learner%s enrolled · %d passed the final exam · version %d live".formatted(
				course.learners(), course.learners() == 1 ? "" : "s", course.passedFinalExam(), course.liveVersion()));
		figures.addClassName("teaching-figures");
		Paragraph instructors = new Paragraph(course.instructors().isEmpty() ? "No instructor assigned"
				: "Instructors: " + String.join(", ", course.instructors()));
		instructors.addClassName("teaching-instructors");
		Div card = new Div(new H2(course.title()), figures, instructors, gradebook);
		card.addClassNames("card", "teaching-course");
		return card;
	}

}
