package org.htmacademy.course.content;

import java.util.regex.Pattern;

/** Ids of courses, modules and lessons: lowercase letters, digits and single hyphens. */
final class Ids {

	private static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private Ids() {
	}

	static boolean isValid(String id) {
		return ID.matcher(id).matches();
	}

	static String invalid(String kind, String id) {
		return kind + " '" + id + "' is not valid: use lowercase letters, digits and single hyphens "
				+ "(like leakage-current)";
	}

}
