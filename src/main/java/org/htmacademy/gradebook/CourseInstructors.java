package org.htmacademy.gradebook;

import java.util.List;

/** Who teaches a course, for the administrators' assignment screen. */
public record CourseInstructors(String courseId, String title, List<Instructor> instructors) {

	public CourseInstructors {
		instructors = List.copyOf(instructors);
	}

}
