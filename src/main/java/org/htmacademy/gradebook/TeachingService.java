package org.htmacademy.gradebook;

import java.util.List;

import org.htmacademy.gradebook.repository.GradebookRepository;
import org.htmacademy.gradebook.repository.TeachingRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses an instructor teaches and their gradebooks; an administrator sees every course. Learners never get
 * here: the role check refuses them, and each course is checked against who teaches it.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional(readOnly = true)
public class TeachingService {

	private final TeachingRepository teaching;

	private final GradebookRepository gradebooks;

	private final TeachingAccess access;

	TeachingService(TeachingRepository teaching, GradebookRepository gradebooks, TeachingAccess access) {
		this.teaching = teaching;
		this.gradebooks = gradebooks;
		this.access = access;
	}

	/** Every live course for an administrator; the courses they teach for an instructor. */
	public List<TaughtCourse> myCourses() {
		return teaching.courses(access.instructorScope());
	}

	/** @throws AccessDeniedException unless the course exists and the signed-in person may read its results */
	public GradebookCourse course(String courseId) {
		access.requireCourse(courseId);
		return gradebooks.course(courseId).orElseThrow(() -> new AccessDeniedException("No course " + courseId));
	}

	/**
	 * The active time of the course's completers per version, next to the hours it claims, with the warning rule.
	 *
	 * @throws AccessDeniedException unless the signed-in person may read the course's results
	 */
	public List<CompleterTime> completerTimes(String courseId) {
		access.requireCourse(courseId);
		return gradebooks.completerTimes(courseId);
	}

	/** @throws AccessDeniedException unless the signed-in person may read the course's results */
	public List<GradebookRow> learners(String courseId, GradebookFilter filter) {
		access.requireCourse(courseId);
		return gradebooks.learners(courseId, filter);
	}

}
