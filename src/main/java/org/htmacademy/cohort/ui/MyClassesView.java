package org.htmacademy.cohort.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.htmacademy.cohort.CohortService;
import org.htmacademy.cohort.MyClass;

/** The classes a learner belongs to, with their courses and due dates. */
@Route("my-classes")
@PageTitle("My classes — HTM Academy")
@Menu(title = "My classes", order = 5, icon = "vaadin:academy-cap")
@PermitAll
class MyClassesView extends Main {

	MyClassesView(CohortService cohorts) {
		addClassName("page");
		add(new H1("My classes"));
		List<MyClass> classes = cohorts.myClasses();
		if (classes.isEmpty()) {
			Div empty = new Div(new Paragraph("You are not in a class yet. Your instructor gives you a join code or link."),
					new Anchor("join", "Enter a join code"));
			empty.addClassName("card");
			add(empty);
			return;
		}
		Div grid = new Div();
		grid.addClassName("card-grid");
		classes.forEach(c -> grid.add(card(c)));
		add(grid, new Paragraph(new Anchor("join", "Join another class")));
	}

	private static Div card(MyClass mine) {
		UnorderedList courses = new UnorderedList();
		mine.courses().forEach(course -> {
			Span due = new Span(course.dueOn().map(d -> "due " + JoinCodePanel.DATE.format(d)).orElse("no due date"));
			due.addClassName("due");
			courses.add(new ListItem(new Anchor("courses/" + course.courseId(), course.title()), due));
		});
		Div card = new Div(new H2(mine.name()), new Paragraph("Instructors: " + mine.instructors()), courses);
		card.addClassNames("card", "my-class");
		return card;
	}

}
