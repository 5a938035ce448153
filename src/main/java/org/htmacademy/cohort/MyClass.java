package org.htmacademy.cohort;

import java.util.List;

import org.htmacademy.cohort.CohortDetails.AssignedCourse;

/** A cohort the signed-in learner belongs to. */
public record MyClass(long cohortId, String name, String instructors, List<AssignedCourse> courses) {
}
