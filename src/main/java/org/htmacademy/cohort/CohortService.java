package org.htmacademy.cohort;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.htmacademy.cohort.repository.CohortRepository;
import org.htmacademy.cohort.repository.CohortRow;
import org.htmacademy.cohort.repository.PersonRow;
import org.htmacademy.security.CurrentUser;
import org.htmacademy.security.Role;
import org.htmacademy.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts for their instructors (create, courses and due dates, members, co-instructors, progress) and for learners
 * (join with a code, see their classes). An instructor reaches only the cohorts they teach; an administrator all.
 */
@Service
@Transactional
public class CohortService {

	static final int MAX_NAME = 200;

	private static final int DRAWS = 5;

	private static final String MANAGE = "hasAnyRole('INSTRUCTOR', 'ADMIN')";

	private final CohortRepository repository;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final ZoneId zone;

	private final String publicUrl;

	private final SecureRandom random = new SecureRandom();

	CohortService(CohortRepository repository, CurrentUser currentUser, Clock clock,
			@Value("${htm.certificates.time-zone:UTC}") ZoneId zone,
			@Value("${htm.certificates.public-url:http://localhost:8080}") String publicUrl) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.clock = clock;
		this.zone = zone;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@PreAuthorize(MANAGE)
	public long create(String name) {
		String clean = name(name);
		for (int draw = 0; draw < DRAWS; draw++) {
			try {
				return repository.insert(clean, JoinCode.generate(random).value(), me().userId(), clock.instant());
			}
			catch (DuplicateKeyException ex) {
				// the random code is taken: draw another
			}
		}
		throw new IllegalStateException("Could not draw an unused join code in " + DRAWS + " tries");
	}

	@PreAuthorize(MANAGE)
	@Transactional(readOnly = true)
	public List<CohortSummary> myCohorts() {
		SignedInUser me = me();
		return repository.summaries(me.hasRole(Role.ADMIN) ? Optional.empty() : Optional.of(me.userId()));
	}

	@PreAuthorize(MANAGE)
	@Transactional(readOnly = true)
	public CohortDetails cohort(long cohortId) {
		requireManage(cohortId);
		return repository.details(cohortId).orElseThrow();
	}

	/** @param joinUntil the last day the code admits anyone (to its end, in the installation's time zone) */
	@PreAuthorize(MANAGE)
	public CohortDetails updateSettings(long cohortId, String name, @Nullable LocalDate joinUntil,
			int expectedVersion) {
		requireManage(cohortId);
		Instant expiresAt = joinUntil == null ? null : joinUntil.plusDays(1).atStartOfDay(zone).toInstant();
		if (!repository.updateSettings(cohortId, name(name), expiresAt, expectedVersion)) {
			throw new CohortException("Someone else changed this cohort meanwhile. Reload and try again.");
		}
		return cohort(cohortId);
	}

	/** The old code and link stop working at once. */
	@PreAuthorize(MANAGE)
	public JoinCode regenerateCode(long cohortId) {
		requireManage(cohortId);
		for (int draw = 0; draw < DRAWS; draw++) {
			JoinCode code = JoinCode.generate(random);
			try {
				repository.changeCode(cohortId, code.value());
				return code;
			}
			catch (DuplicateKeyException ex) {
				// taken: draw another
			}
		}
		throw new IllegalStateException("Could not draw an unused join code in " + DRAWS + " tries");
	}

	/** Assigns a course (or changes its due date) and enrols the members who are not enrolled yet. */
	@PreAuthorize(MANAGE)
	public void assignCourse(long cohortId, String courseId, @Nullable LocalDate dueOn) {
		requireManage(cohortId);
		if (repository.publishedCourses().stream().noneMatch(c -> c.courseId().equals(courseId))) {
			throw new CohortException("No published course " + courseId + ".");
		}
		repository.assignCourse(cohortId, courseId, dueOn);
		repository.enrolMembers(cohortId, Optional.empty(), clock.instant());
	}

	/** Learners keep their enrolment and progress; the course only leaves the cohort's list. */
	@PreAuthorize(MANAGE)
	public void removeCourse(long cohortId, String courseId) {
		requireManage(cohortId);
		repository.removeCourse(cohortId, courseId);
	}

	/** Adds an existing account as a learner and enrols them in the cohort's courses; returns what happened. */
	@PreAuthorize(MANAGE)
	public String addLearner(long cohortId, String email) {
		requireManage(cohortId);
		PersonRow person = person(email);
		if (!repository.addMember(cohortId, person.userId(), clock.instant())) {
			return person.name() + " is already in this cohort.";
		}
		repository.enrolMembers(cohortId, Optional.of(person.userId()), clock.instant());
		return person.name() + " was added and enrolled in the cohort's courses.";
	}

	@PreAuthorize(MANAGE)
	public void removeLearner(long cohortId, long userId) {
		requireManage(cohortId);
		repository.removeMember(cohortId, userId);
	}

	/** Adds another instructor, who then sees and manages the cohort as its creator does. */
	@PreAuthorize(MANAGE)
	public String addInstructor(long cohortId, String email) {
		requireManage(cohortId);
		PersonRow person = person(email);
		if (!person.roles().contains(Role.INSTRUCTOR.name())) {
			throw new CohortException(person.name() + " (" + person.email() + ") is not an instructor. An administrator "
					+ "can give the account the instructor role.");
		}
		return repository.addInstructor(cohortId, person.userId(), clock.instant())
				? person.name() + " now teaches this cohort with you." : person.name() + " already teaches this cohort.";
	}

	@PreAuthorize(MANAGE)
	@Transactional(readOnly = true)
	public List<CourseChoice> courseChoices() {
		return repository.publishedCourses();
	}

	@PreAuthorize(MANAGE)
	@Transactional(readOnly = true)
	public CohortProgress progress(long cohortId) {
		requireManage(cohortId);
		CohortRow cohort = repository.find(cohortId).orElseThrow();
		return Progress.of(cohort, repository.progress(cohortId), today());
	}

	@PreAuthorize(MANAGE)
	@Transactional(readOnly = true)
	public byte[] progressCsv(long cohortId) {
		return ProgressCsv.of(progress(cohortId)).getBytes(StandardCharsets.UTF_8);
	}

	/** The address to share, e.g. {@code https://academy.example.org/join/7KQ2M-9XDTB}. */
	public String joinLink(JoinCode code) {
		return publicUrl + "/join/" + code.grouped();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public JoinPreview preview(String typedCode) {
		Optional<CohortRow> cohort = JoinCode.parse(typedCode).flatMap(code -> repository.findByCode(code.value()));
		if (cohort.isEmpty()) {
			return new JoinPreview.Invalid();
		}
		CohortRow row = cohort.get();
		if (expired(row)) {
			return new JoinPreview.Expired(row.name());
		}
		CohortDetails details = repository.details(row.id()).orElseThrow();
		return new JoinPreview.Open(row.name(), details.courses(), repository.isMember(row.id(), me().userId()));
	}

	/** Joins the signed-in person to the cohort and enrols them in its courses; returns the cohort's id. */
	@PreAuthorize("isAuthenticated()")
	public long join(String typedCode) {
		return switch (preview(typedCode)) {
			case JoinPreview.Invalid _ -> throw new CohortException(
					"That join code does not belong to any class. Check it with your instructor.");
			case JoinPreview.Expired expired -> throw new CohortException("The join code of " + expired.cohortName()
					+ " has expired. Ask your instructor for a new code.");
			case JoinPreview.Open _ -> {
				CohortRow cohort = repository.findByCode(JoinCode.parse(typedCode).orElseThrow().value()).orElseThrow();
				repository.addMember(cohort.id(), me().userId(), clock.instant());
				repository.enrolMembers(cohort.id(), Optional.of(me().userId()), clock.instant());
				yield cohort.id();
			}
		};
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<MyClass> myClasses() {
		return repository.myClasses(me().userId());
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	public ZoneId zone() {
		return zone;
	}

	private boolean expired(CohortRow cohort) {
		return cohort.joinExpiresAt() != null && !clock.instant().isBefore(cohort.joinExpiresAt());
	}

	private PersonRow person(String email) {
		String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (normalized.isEmpty()) {
			throw new CohortException("Enter an email address.");
		}
		return repository.findPerson(normalized)
			.orElseThrow(() -> new CohortException("No account has the email " + normalized
					+ ". Ask them to register first (with this email), then add them again."));
	}

	/** The same refusal whether the cohort exists or not, so ids cannot be probed. */
	private void requireManage(long cohortId) {
		SignedInUser me = me();
		boolean allowed = me.hasRole(Role.ADMIN) ? repository.find(cohortId).isPresent()
				: repository.isInstructor(cohortId, me.userId());
		if (!allowed) {
			throw new AccessDeniedException("No such cohort among yours");
		}
	}

	private static String name(String name) {
		String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		if (clean.isEmpty()) {
			throw new CohortException("Give the cohort a name, e.g. \"BMET 201 — Spring 2027\".");
		}
		if (clean.length() > MAX_NAME) {
			throw new CohortException("Keep the name within " + MAX_NAME + " characters.");
		}
		return clean;
	}

	private SignedInUser me() {
		return currentUser.require();
	}

}
