package org.htmacademy.security;

/** What a person may do on HTM Academy. A person may hold several roles. */
public enum Role {

	LEARNER("Learner"), INSTRUCTOR("Instructor"), ADMIN("Administrator");

	public static final String LEARNER_NAME = "LEARNER";

	public static final String INSTRUCTOR_NAME = "INSTRUCTOR";

	public static final String ADMIN_NAME = "ADMIN";

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
