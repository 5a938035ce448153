package org.htmacademy.course.markdown;

public enum Severity {

	/** The course is not published. */
	ERROR,

	WARNING

}
