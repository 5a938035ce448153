package org.htmacademy.cohort.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.htmacademy.cohort.CohortDetails;
import org.htmacademy.cohort.CohortSummary;
import org.htmacademy.cohort.CourseChoice;
import org.htmacademy.cohort.MyClass;

/** Cohorts, their instructors, courses and members, and the progress of their members. */
public interface CohortRepository {

	/** Inserts the cohort with its creator as its first instructor; throws on a join code already in use. */
	long insert(String name, String joinCode, long createdBy, Instant now);

	Optional<CohortRow> find(long cohortId);

	Optional<CohortRow> findByCode(String joinCode);

	boolean isInstructor(long cohortId, long userId);

	boolean isMember(long cohortId, long userId);

	/** One query: every cohort, or those the instructor teaches, with their member and course counts. */
	List<CohortSummary> summaries(Optional<Long> instructorId);

	/** One query, the lists as MULTISETs. */
	Optional<CohortDetails> details(long cohortId);

	/** @return false when the version no longer matches */
	boolean updateSettings(long cohortId, String name, Instant joinExpiresAt, int expectedVersion);

	/** Throws on a join code already in use. */
	void changeCode(long cohortId, String joinCode);

	/** Adds the course, or changes its due date. */
	void assignCourse(long cohortId, String courseSlug, LocalDate dueOn);

	void removeCourse(long cohortId, String courseSlug);

	/** @return false when already a member */
	boolean addMember(long cohortId, long userId, Instant now);

	void removeMember(long cohortId, long userId);

	/**
	 * Enrols members in every course of the cohort at its live version, as LearningService.enrol does; an existing
	 * enrolment stays as it is.
	 *
	 * @param userId one member, or empty for all
	 */
	void enrolMembers(long cohortId, Optional<Long> userId, Instant now);

	/** @return false when already an instructor of the cohort */
	boolean addInstructor(long cohortId, long userId, Instant now);

	Optional<PersonRow> findPerson(String email);

	List<CourseChoice> publishedCourses();

	/** One query: member × course with aggregates. */
	List<ProgressRow> progress(long cohortId);

	/** One query: the learner's cohorts, courses as a MULTISET. */
	List<MyClass> myClasses(long userId);

}
