package org.htmacademy.course.content;

/** Written in lowercase in course.yml. */
public enum Level {

	INTRODUCTORY, INTERMEDIATE, ADVANCED

}
