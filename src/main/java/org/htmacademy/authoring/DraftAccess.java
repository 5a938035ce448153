package org.htmacademy.authoring;

import org.htmacademy.authoring.repository.AuthoringRepository;
import org.htmacademy.authoring.repository.CourseRow;
import org.htmacademy.authoring.repository.DraftRow;
import org.htmacademy.security.CurrentUser;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Who may do what with drafts: a draft is open to its authors only (administrators included: a draft is private
 * until published); a course is drafted and published by its instructors and by administrators.
 */
@Component
class DraftAccess {

	private final AuthoringRepository repository;

	private final CurrentUser currentUser;

	DraftAccess(AuthoringRepository repository, CurrentUser currentUser) {
		this.repository = repository;
		this.currentUser = currentUser;
	}

	SignedInUser me() {
		return currentUser.require();
	}

	boolean isAdmin() {
		return me().hasRole(Role.ADMIN);
	}

	/** The draft, when the signed-in person is one of its authors. */
	DraftRow draft(long draftId) {
		long me = me().userId();
		return repository.findDraft(draftId)
			.filter(draft -> repository.isAuthor(draftId, me))
			.orElseThrow(DraftNotFoundException::new);
	}

	boolean teaches(long courseDbId) {
		return isAdmin() || repository.isInstructor(courseDbId, me().userId());
	}

	CourseRow taughtCourse(String courseId) {
		CourseRow course = repository.findCourse(courseId)
			.orElseThrow(() -> new AuthoringException("There is no course with the id " + courseId + "."));
		if (!teaches(course.courseDbId())) {
			throw new AuthoringException("Only the instructors of " + courseId
					+ " and administrators can draft, publish or export it.");
		}
		return course;
	}

}
