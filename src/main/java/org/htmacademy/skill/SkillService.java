package org.htmacademy.skill;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.htmacademy.security.CurrentUser;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;
import org.htmacademy.skill.repository.SkillRepository;
import org.htmacademy.skill.repository.SkillTarget;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing hands-on skills. Only the course's instructors, instructors of a cohort that has both the learner and the
 * course, and administrators may see a sheet or sign.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'ADMIN')")
@Transactional
public class SkillService {

	static final int MAX_NOTE = 1000;

	private final SkillRepository repository;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	SkillService(SkillRepository repository, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
			@Value("${htm.certificates.time-zone:UTC}") ZoneId zone) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
		this.zone = zone;
	}

	@Transactional(readOnly = true)
	public List<SignableCourse> signableCourses() {
		SignedInUser me = currentUser.require();
		return repository.signableCourses(me.userId(), me.hasRole(Role.ADMIN));
	}

	/** Every learner of the course the instructor may sign for; for a course instructor, all its learners. */
	@Transactional(readOnly = true)
	public SkillSheet courseSheet(String courseId) {
		SignedInUser me = currentUser.require();
		if (!me.hasRole(Role.ADMIN) && !repository.teachesCourse(me.userId(), courseId)) {
			throw new AccessDeniedException("You do not teach this course");
		}
		return sheet(courseId, Optional.empty());
	}

	/** The cohort's members enrolled in the course. */
	@Transactional(readOnly = true)
	public SkillSheet cohortSheet(long cohortId, String courseId) {
		SignedInUser me = currentUser.require();
		if (!me.hasRole(Role.ADMIN) && !repository.teachesCohortWithCourse(me.userId(), cohortId, courseId)) {
			throw new AccessDeniedException("This cohort and course are not among yours");
		}
		return sheet(courseId, Optional.of(cohortId));
	}

	private SkillSheet sheet(String courseId, Optional<Long> cohortId) {
		String title = repository.liveTitle(courseId).orElseThrow(() -> new SkillSignoffException("No course " + courseId));
		return new SkillSheet(courseId, title, cohortId, repository.columns(courseId),
				repository.learners(courseId, cohortId));
	}

	/**
	 * Records that the learner performed the skill in front of the signed-in instructor on {@code signedOn}.
	 *
	 * @param skillKey from the learner's {@link SkillSheet.SkillCell}
	 */
	public void sign(long enrolmentId, long skillKey, LocalDate signedOn, @Nullable String note) {
		SignedInUser me = currentUser.require();
		SkillTarget target = repository.findTarget(enrolmentId, skillKey)
			.orElseThrow(() -> new AccessDeniedException("No such skill among those you may sign"));
		if (!me.hasRole(Role.ADMIN) && !repository.maySignFor(me.userId(), enrolmentId)) {
			throw new AccessDeniedException("No such skill among those you may sign");
		}
		if (signedOn.isAfter(LocalDate.ofInstant(clock.instant(), zone))) {
			throw new SkillSignoffException("The sign-off date cannot be in the future.");
		}
		String cleanNote = note == null ? "" : note.strip();
		if (cleanNote.length() > MAX_NOTE) {
			throw new SkillSignoffException("Keep the note within " + MAX_NOTE + " characters.");
		}
		if (!repository.insert(enrolmentId, skillKey, me.userId(), signedOn, cleanNote.isEmpty() ? null : cleanNote,
				clock.instant())) {
			throw new SkillSignoffException("“" + target.skillTitle() + "” is already signed by "
					+ repository.signedBy(enrolmentId, skillKey).orElse("another instructor") + ".");
		}
		events.publishEvent(new SkillSigned(target.learnerId(), enrolmentId, target.courseId(), target.skillId()));
	}

}
