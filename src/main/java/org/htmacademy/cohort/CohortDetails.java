package org.htmacademy.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A cohort as its instructors manage it.
 *
 * @param joinExpiresAt after this moment the join code no longer admits anyone; empty: never expires
 * @param version for optimistic locking of the name and expiry
 */
public record CohortDetails(long id, String name, JoinCode joinCode, Optional<Instant> joinExpiresAt, int version,
		List<AssignedCourse> courses, List<Person> instructors, List<Person> members) {

	public record AssignedCourse(String courseId, String title, Optional<LocalDate> dueOn, int skills) {
	}

	public record Person(long userId, String name, String email) {
	}

}
