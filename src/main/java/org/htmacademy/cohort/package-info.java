/**
 * Cohorts: a college class or an employer group that an instructor runs, with assigned courses and due dates,
 * learners who join with a code, co-instructors, and the class's progress.
 */
@NullMarked
package org.htmacademy.cohort;

import org.jspecify.annotations.NullMarked;
