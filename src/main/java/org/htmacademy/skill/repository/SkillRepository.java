package org.htmacademy.skill.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.htmacademy.skill.SignableCourse;
import org.htmacademy.skill.SkillSheet.LearnerSkills;
import org.htmacademy.skill.SkillSheet.SkillColumn;

/** Course skills and their sign-offs, and who may sign them. */
public interface SkillRepository {

	/** The skill of the enrolment's own course version, or empty when the skill belongs to another version. */
	Optional<SkillTarget> findTarget(long enrolmentId, long skillKey);

	/**
	 * True for an instructor of the enrolment's course (course_instructor), and for an instructor of a cohort that
	 * has both the learner and the course.
	 */
	boolean maySignFor(long instructorId, long enrolmentId);

	boolean teachesCourse(long instructorId, String courseId);

	boolean teachesCohortWithCourse(long instructorId, long cohortId, String courseId);

	/** Every course with skills for an administrator; else those the instructor teaches or has in a cohort. */
	List<SignableCourse> signableCourses(long instructorId, boolean all);

	Optional<String> liveTitle(String courseId);

	/** The skills of every version of the course that has learners, live version first, by position. */
	List<SkillColumn> columns(String courseId);

	/** One query: each enrolment in the course (of the cohort's members, when given) with its skills and sign-offs. */
	List<LearnerSkills> learners(String courseId, Optional<Long> cohortId);

	/** @return false when the skill was already signed for this enrolment */
	boolean insert(long enrolmentId, long skillKey, long instructorId, LocalDate signedOn, String note, Instant at);

	Optional<String> signedBy(long enrolmentId, long skillKey);

}
