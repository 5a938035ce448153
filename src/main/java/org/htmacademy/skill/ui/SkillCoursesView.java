package org.htmacademy.skill.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.security.Role;
import org.htmacademy.skill.SignableCourse;
import org.htmacademy.skill.SkillService;

/** The courses with hands-on skills the instructor may sign. */
@Route("skills")
@PageTitle("Skill sign-off — HTM Academy")
@Menu(title = "Skill sign-off", order = 21, icon = "vaadin:check-square-o")
@RolesAllowed({ Role.INSTRUCTOR_NAME, Role.ADMIN_NAME })
class SkillCoursesView extends Main {

	SkillCoursesView(SkillService skills) {
		addClassName("page");
		add(new H1("Skill sign-off"), new Paragraph("Sign a hands-on skill when you have watched the learner perform "
				+ "it. A course that lists skills issues its certificate only when every skill is signed."));
		UnorderedList list = new UnorderedList();
		for (SignableCourse course : skills.signableCourses()) {
			list.add(new ListItem(new Anchor("skills/" + course.courseId(), course.title()),
					new com.vaadin.flow.component.html.Span(" — " + course.skillCount() + " skills")));
		}
		add(list.getChildren().findAny().isPresent() ? list
				: new Paragraph("None of your courses or cohorts has a course with hands-on skills."));
	}

}
