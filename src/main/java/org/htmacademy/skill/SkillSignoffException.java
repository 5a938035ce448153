package org.htmacademy.skill;

/** A sign-off that cannot be recorded; the message is written for the instructor. */
public class SkillSignoffException extends RuntimeException {

	public SkillSignoffException(String message) {
		super(message);
	}

}
