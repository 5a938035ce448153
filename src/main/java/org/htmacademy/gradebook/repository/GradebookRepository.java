package org.htmacademy.gradebook.repository;

import java.util.List;
import java.util.Optional;

import org.htmacademy.gradebook.CompleterTime;
import org.htmacademy.gradebook.GradebookCourse;
import org.htmacademy.gradebook.GradebookFilter;
import org.htmacademy.gradebook.GradebookRow;

/** The results of every learner enrolled in a course, across its versions. */
public interface GradebookRepository {

	/** Empty when the course does not exist or has no live version. */
	Optional<GradebookCourse> course(String courseId);

	/** The learners matching the filter, by name, in one query. */
	List<GradebookRow> learners(String courseId, GradebookFilter filter);

	/** Per version with a completer, newest first: the active time of each learner it issued a certificate to. */
	List<CompleterTime> completerTimes(String courseId);

}
