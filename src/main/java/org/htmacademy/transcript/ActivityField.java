package org.htmacademy.transcript;

/** The fields of a self-reported activity, for saying which one a problem is about. */
public enum ActivityField {

	TITLE, PROVIDER, COMPLETED_ON, CONTACT_HOURS, CATEGORY, ATTACHMENT

}
