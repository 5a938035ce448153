package org.htmacademy.gradebook;

import java.time.Clock;
import java.util.List;

import org.htmacademy.gradebook.repository.TeachingRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators decide who teaches which course. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class InstructorAssignmentService {

	private final TeachingRepository teaching;

	private final Clock clock;

	InstructorAssignmentService(TeachingRepository teaching, Clock clock) {
		this.teaching = teaching;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CourseInstructors> courses() {
		return teaching.courseInstructors();
	}

	/** Accounts that may be assigned: those holding the instructor role. */
	@Transactional(readOnly = true)
	public List<Instructor> instructors() {
		return teaching.instructors();
	}

	/**
	 * @throws IllegalArgumentException when the account does not hold the instructor role or the course does not
	 * exist; assigning twice changes nothing
	 */
	public void assign(String courseId, long instructorId) {
		boolean known = teaching.instructors().stream().anyMatch(instructor -> instructor.userId() == instructorId);
		if (!known) {
			throw new IllegalArgumentException("Only an account with the instructor role can teach a course.");
		}
		if (!teaching.assign(courseId, instructorId, clock.instant()) && !teaching.teaches(instructorId, courseId)) {
			throw new IllegalArgumentException("No course " + courseId);
		}
	}

	/** Unassigning someone who does not teach the course changes nothing. */
	public void unassign(String courseId, long instructorId) {
		teaching.unassign(courseId, instructorId);
	}

}
