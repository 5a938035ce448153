package org.htmacademy.gradebook.ui;

import java.nio.file.Files;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.gradebook.Classroom;
import org.htmacademy.gradebook.CourseInstructors;
import org.htmacademy.gradebook.Instructor;
import org.htmacademy.gradebook.InstructorAssignmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@Import(Classroom.class)
@ViewPackages(packages = "org.htmacademy")
class CourseInstructorsViewTest extends SpringBrowserlessTest {

	@Autowired
	Classroom classroom;

	@Autowired
	InstructorAssignmentService assignments;

	@Autowired
	SignIn signIn;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void an_administrator_assigns_and_removes_an_instructor() throws Exception {
		String courseId = classroom.importCourse(new CourseFolders(Files.createTempDirectory("instructors")));
		String instructor = classroom.instructor("Quinn Newcomer");
		signIn.as(Classroom.ADMIN);
		CourseInstructorsView view = navigate(CourseInstructorsView.class);
		CourseInstructors course = view.grid.getGenericDataView()
			.getItems()
			.filter(c -> c.courseId().equals(courseId))
			.findFirst()
			.orElseThrow();

		InstructorsDialog dialog = view.edit(course);
		roundTrip();
		test(dialog.candidate).selectItem("Quinn Newcomer (" + instructor + ")");
		test(dialog.assign).click();

		assertThat(instructorsOf(courseId)).contains(instructor);
		assertThat(dialog.current.getElement().getTextRecursively()).contains("Quinn Newcomer");

		Button remove = find(Button.class).withAttribute("aria-label", "Remove Quinn Newcomer").single();
		test(remove).click();
		assertThat(instructorsOf(courseId)).doesNotContain(instructor);
		assertThat(dialog.current.getElement().getTextRecursively()).doesNotContain("Quinn Newcomer");
	}

	private java.util.List<String> instructorsOf(String courseId) {
		return assignments.courses()
			.stream()
			.filter(c -> c.courseId().equals(courseId))
			.flatMap(c -> c.instructors().stream())
			.map(Instructor::email)
			.toList();
	}

}
