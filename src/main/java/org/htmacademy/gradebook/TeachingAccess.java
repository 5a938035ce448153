package org.htmacademy.gradebook;

import java.util.Optional;

import org.htmacademy.gradebook.repository.TeachingRepository;
import org.htmacademy.security.CurrentUser;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose results the signed-in person may read: an administrator every course's, an instructor only those of the
 * courses they teach, anyone else none. The services' role check keeps learners out before this runs; this check
 * holds on its own as well.
 */
@Component
class TeachingAccess {

	private final TeachingRepository teaching;

	private final CurrentUser currentUser;

	TeachingAccess(TeachingRepository teaching, CurrentUser currentUser) {
		this.teaching = teaching;
		this.currentUser = currentUser;
	}

	/** Empty for an administrator, who sees every course; the instructor's id otherwise. */
	Optional<Long> instructorScope() {
		SignedInUser me = currentUser.require();
		if (me.hasRole(Role.ADMIN)) {
			return Optional.empty();
		}
		if (me.hasRole(Role.INSTRUCTOR)) {
			return Optional.of(me.userId());
		}
		throw new AccessDeniedException("Only instructors and administrators see results");
	}

	/** @throws AccessDeniedException unless the course exists and the signed-in person may read its results */
	void requireCourse(String courseId) {
		Optional<Long> instructor = instructorScope();
		if (instructor.isPresent() && !teaching.teaches(instructor.get(), courseId)) {
			throw new AccessDeniedException("You do not teach the course " + courseId);
		}
	}

	/**
	 * @return the course of the quiz
	 * @throws AccessDeniedException for a quiz that does not exist, too, so ids cannot be probed
	 */
	String requireQuiz(long quizId) {
		String courseId = teaching.courseOfQuiz(quizId)
			.orElseThrow(() -> new AccessDeniedException("No quiz " + quizId + " in a course you teach"));
		requireCourse(courseId);
		return courseId;
	}

}
