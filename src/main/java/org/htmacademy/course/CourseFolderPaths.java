package org.htmacademy.course;

import java.util.regex.Pattern;

/** Paths of files inside a course folder as they are stored and exchanged: relative, with "/" separators. */
public final class CourseFolderPaths {

	private static final Pattern NAME = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private static final int MAX_LENGTH = 300;

	private CourseFolderPaths() {
	}

	/** False for anything that could reach outside the folder: absolute, "..", backslashes, empty segments. */
	public static boolean isSafe(String path) {
		if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.startsWith("/")
				|| path.contains("\\") || path.contains(":") || path.chars().anyMatch(Character::isISOControl)) {
			return false;
		}
		for (String segment : path.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				return false;
			}
		}
		return true;
	}

	public static String require(String path) {
		if (!isSafe(path)) {
			throw new IllegalArgumentException("not a path inside a course folder: " + path);
		}
		return path;
	}

	/** A course id can name a folder: lowercase letters, digits and single hyphens. */
	public static boolean isCourseId(String id) {
		return id != null && NAME.matcher(id).matches();
	}

	static String requireName(String courseId) {
		if (!isCourseId(courseId)) {
			throw new IllegalArgumentException("not a course id: " + courseId);
		}
		return courseId;
	}

}
