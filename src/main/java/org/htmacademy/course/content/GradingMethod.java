package org.htmacademy.course.content;

/** How a learner's attempts combine into the quiz grade; written in lowercase in course.yml. */
public enum GradingMethod {

	HIGHEST, LAST, FIRST, AVERAGE

}
