package org.htmacademy.gradebook;

import java.time.Clock;

import org.htmacademy.account.DemoAccounts;
import org.htmacademy.account.DemoAccountsCondition;
import org.htmacademy.course.CoursesImported;
import org.htmacademy.gradebook.repository.TeachingRepository;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * With demo accounts on, the demo instructor teaches every course in the tree, so their Teaching pages have
 * something to show. Unchanged courses count too: a database made before this existed gets its assignments.
 */
@Component
@Conditional(DemoAccountsCondition.class)
class DemoInstructorAssignments {

	private final TeachingRepository teaching;

	private final Clock clock;

	DemoInstructorAssignments(TeachingRepository teaching, Clock clock) {
		this.teaching = teaching;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void assign(CoursesImported imported) {
		teaching.assignByEmail(DemoAccounts.INSTRUCTOR_EMAIL, imported.liveCourseIds(), clock.instant());
	}

}
