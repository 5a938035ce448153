package org.htmacademy.course.content;

/** The catalog track a course belongs to; written in lowercase in course.yml. */
public enum Track {

	NETWORKING("Networking"), CYBERSECURITY("Cybersecurity"), DENTAL("Dental equipment"), IMAGING("Imaging");

	private final String label;

	Track(String label) {
		this.label = label;
	}

	/** As the catalog and the authoring screens show it. */
	public String label() {
		return label;
	}

}
