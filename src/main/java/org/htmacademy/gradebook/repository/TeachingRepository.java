package org.htmacademy.gradebook.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.htmacademy.gradebook.CourseInstructors;
import org.htmacademy.gradebook.Instructor;
import org.htmacademy.gradebook.TaughtCourse;

/** Who teaches which course. Courses are named by their stable id (slug). */
public interface TeachingRepository {

	boolean teaches(long userId, String courseId);

	/** The course a quiz belongs to, through its version. */
	Optional<String> courseOfQuiz(long quizId);

	/** Courses with a live version, by title: every one, or those the instructor teaches. */
	List<TaughtCourse> courses(Optional<Long> instructorId);

	List<CourseInstructors> courseInstructors();

	/** Accounts holding the instructor role, by name. */
	List<Instructor> instructors();

	/** @return false when already assigned, or when the course or the instructor does not exist */
	boolean assign(String courseId, long instructorId, Instant now);

	/** @return false when not assigned */
	boolean unassign(String courseId, long instructorId);

	/** Assigns the account with this email, if it exists and holds the instructor role, to each of the courses. */
	int assignByEmail(String email, Collection<String> courseIds, Instant now);

}
