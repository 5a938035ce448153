package org.htmacademy.course.content;

/** The catalog track a course belongs to; written in lowercase in course.yml. */
public enum Track {

	NETWORKING, CYBERSECURITY, DENTAL, IMAGING

}
