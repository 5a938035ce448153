package org.htmacademy.gradebook;

import java.nio.file.Path;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.course.CourseFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HtmSpringTest
@Import(Classroom.class)
class InstructorAssignmentServiceTest {

	@TempDir
	Path folder;

	@Autowired
	Classroom classroom;

	@Autowired
	InstructorAssignmentService assignments;

	@Autowired
	TeachingService teaching;

	@Autowired
	SignIn signIn;

	String courseId;

	String instructor;

	@BeforeEach
	void aCourseAndAnInstructor() {
		courseId = classroom.importCourse(new CourseFolders(folder));
		instructor = classroom.instructor("Nadia Newhire");
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void an_administrator_assigns_and_unassigns_an_instructor() {
		long id = classroom.userId(instructor);
		signIn.as(Classroom.ADMIN);
		assignments.assign(courseId, id);
		assignments.assign(courseId, id);
		assertThat(instructorsOf(courseId)).contains(instructor);

		signIn.as(instructor);
		assertThat(teaching.myCourses()).extracting(TaughtCourse::courseId).containsExactly(courseId);

		signIn.as(Classroom.ADMIN);
		assignments.unassign(courseId, id);
		assertThat(instructorsOf(courseId)).doesNotContain(instructor);
		signIn.as(instructor);
		assertThat(teaching.myCourses()).isEmpty();
		assertThatThrownBy(() -> teaching.learners(courseId, GradebookFilter.EVERYONE))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void only_accounts_with_the_instructor_role_can_be_assigned_to_a_course_that_exists() {
		String learner = classroom.learner("Larry Learner");
		long learnerId = classroom.userId(learner);
		long instructorId = classroom.userId(instructor);
		signIn.as(Classroom.ADMIN);

		assertThat(assignments.instructors()).extracting(Instructor::email).contains(instructor).doesNotContain(learner);
		assertThatThrownBy(() -> assignments.assign(courseId, learnerId)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> assignments.assign("no-such-course", instructorId))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(instructorsOf(courseId)).doesNotContain(learner);
	}

	@Test
	void nobody_but_an_administrator_assigns_instructors() {
		long id = classroom.userId(instructor);
		signIn.as(instructor);
		assertThatThrownBy(() -> assignments.assign(courseId, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> assignments.courses()).isInstanceOf(AccessDeniedException.class);

		signIn.as(classroom.learner("Lucy Learner"));
		assertThatThrownBy(() -> assignments.unassign(courseId, id)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void with_demo_accounts_on_the_demo_instructor_teaches_every_imported_course() {
		signIn.as(Classroom.ADMIN);

		assertThat(instructorsOf(courseId)).containsExactly("instructor@example.com");
		assertThat(assignments.courses()).filteredOn(course -> course.courseId().equals("diagnostic-imaging-equipment"))
			.singleElement()
			.satisfies(course -> assertThat(course.instructors()).extracting(Instructor::email)
				.contains("instructor@example.com"));
	}

	private java.util.List<String> instructorsOf(String course) {
		return assignments.courses()
			.stream()
			.filter(c -> c.courseId().equals(course))
			.findFirst()
			.orElseThrow()
			.instructors()
			.stream()
			.map(Instructor::email)
			.toList();
	}

}
