package org.htmacademy.certificate.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.htmacademy.certificate.CertificateAdministration;
import org.htmacademy.certificate.ManagedCourse;
import org.htmacademy.security.Role;

/** The courses whose certificates an instructor (the courses they teach) or an administrator (all) manages. */
@Route("teaching/certificates")
@PageTitle("Course certificates — HTM Academy")
@Menu(title = "Course certificates", order = 100, icon = "vaadin:diploma-scroll")
@RolesAllowed({ Role.ADMIN_NAME, Role.INSTRUCTOR_NAME })
class ManagedCoursesView extends Main {

	final Grid<ManagedCourse> courses = new Grid<>();

	ManagedCoursesView(CertificateAdministration administration) {
		addClassName("page");
		courses.addComponentColumn(course -> new Anchor(CourseCertificatesView.path(course.courseId()), course.title()))
			.setHeader("Course")
			.setFlexGrow(3);
		courses.addColumn(ManagedCourse::valid).setHeader("Valid").setFlexGrow(0).setAutoWidth(true);
		courses.addColumn(ManagedCourse::revoked).setHeader("Revoked").setFlexGrow(0).setAutoWidth(true);
		courses.addColumn(ManagedCourse::superseded).setHeader("Replaced").setFlexGrow(0).setAutoWidth(true);
		courses.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
		courses.setAllRowsVisible(true);
		List<ManagedCourse> mine = administration.coursesIManage();
		courses.setItems(mine);
		add(new H1("Course certificates"), new Paragraph(mine.isEmpty()
				? "You manage no course that awards certificates. Administrators assign instructors to courses."
				: "Revoke or re-issue a certificate, read its log, or download all valid certificates of a course."),
				courses);
		courses.setVisible(!mine.isEmpty());
	}

}
