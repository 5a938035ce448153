package org.htmacademy.course.content;

/** Written in lowercase in course.yml. */
public enum Level {

	INTRODUCTORY("Introductory"), INTERMEDIATE("Intermediate"), ADVANCED("Advanced");

	private final String label;

	Level(String label) {
		this.label = label;
	}

	/** As the catalog and the authoring screens show it. */
	public String label() {
		return label;
	}

}
