package org.htmacademy.course.content;

/** The AAMI certifications a course can support, written as here in course.yml. */
public enum Certification {

	CBET, CHTM, CRES, CLES

}
