package org.htmacademy.cohort;

import java.util.List;

import org.htmacademy.cohort.CohortDetails.AssignedCourse;

/** What a learner sees on the join page before confirming. */
public sealed interface JoinPreview {

	record Open(String cohortName, List<AssignedCourse> courses, boolean alreadyMember) implements JoinPreview {
	}

	/** No cohort has this code, or the text is not a code at all. */
	record Invalid() implements JoinPreview {
	}

	record Expired(String cohortName) implements JoinPreview {
	}

}
