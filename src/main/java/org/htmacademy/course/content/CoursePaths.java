package org.htmacademy.course.content;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Paths of files inside a course folder, written relative to the folder or to a lesson. */
final class CoursePaths {

	private static final Pattern URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

	private CoursePaths() {
	}

	/**
	 * The course-relative path of a file written relative to {@code base} (a course-relative folder, empty for the
	 * course folder itself), or empty when it leads outside the course folder.
	 */
	static Optional<Path> inside(Path base, String written) {
		Path path;
		try {
			path = Path.of(written);
		}
		catch (InvalidPathException e) {
			return Optional.empty();
		}
		if (path.isAbsolute() || written.startsWith("/") || written.startsWith("\\")) {
			return Optional.empty();
		}
		Path relative = base.resolve(path).normalize();
		return relative.startsWith("..") ? Optional.empty() : Optional.of(relative);
	}

	/** False when a symbolic link takes an existing file out of the course folder. */
	static boolean staysInside(Path courseFolder, Path file) {
		try {
			return file.toRealPath().startsWith(courseFolder.toRealPath());
		}
		catch (IOException e) {
			return true;
		}
	}

	/** The folder's own name, also when it was given as "." or "x/..". */
	static String folderName(Path folder) {
		Path name = folder.toAbsolutePath().normalize().getFileName();
		return name == null ? "" : name.toString();
	}

	static boolean isUrl(String written) {
		return URL.matcher(written).matches();
	}

	static String slashed(Path relative) {
		return relative.toString().replace('\\', '/');
	}

	static String extension(Path path) {
		String name = path.getFileName() == null ? "" : path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static String stem(Path path) {
		String name = path.getFileName() == null ? "" : path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

}
