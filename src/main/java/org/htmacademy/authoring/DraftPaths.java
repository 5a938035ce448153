package org.htmacademy.authoring;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Where a draft keeps its files, and ids made from titles for new lessons and quizzes. */
public final class DraftPaths {

	public static final String COURSE_FILE = "course.yml";

	public static final String LESSONS = "lessons/";

	public static final String QUIZZES = "quizzes/";

	public static final String IMAGES = "images/";

	private DraftPaths() {
	}

	/** "Leakage current — what & why" becomes "leakage-current-what-why"; never empty. */
	public static String idFrom(String title) {
		String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		String id = ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-+$", "") : ascii;
		return id.isEmpty() ? "untitled" : id;
	}

	/** {@code folder + id + extension}, with -2, -3 … added until no existing path has it. */
	public static String unique(String folder, String id, String extension, Collection<String> existing) {
		String path = folder + id + extension;
		for (int n = 2; existing.contains(path); n++) {
			path = folder + id + "-" + n + extension;
		}
		return path;
	}

	public static String lessonId(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
	}

	public static String quizId(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.endsWith(".gift") ? name.substring(0, name.length() - 5) : name;
	}

}
