package org.htmacademy.course.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.htmacademy.course.markdown.Severity;

/**
 * Names that differ only by letter case or Unicode normalisation ("Leakage.md" and "leakage.md", "é" written as one
 * character or as e + accent) are one file on Windows and macOS: a course that works on Linux would lose a file
 * when checked out there, and links resolve to either.
 */
final class FileNameCollisions {

	private FileNameCollisions() {
	}

	/** Every path under {@code folder} (files and folders) that collides with an earlier one, as an error. */
	static List<ContentProblem> in(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			return collisions(paths.filter(path -> !path.equals(folder)).sorted().toList(), folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<ContentProblem> collisions(List<Path> paths, Path base) {
		Map<String, Path> seen = new HashMap<>();
		List<ContentProblem> problems = new ArrayList<>();
		for (Path path : paths) {
			String relative = CoursePaths.slashed(base.relativize(path));
			Path first = seen.putIfAbsent(key(relative), path);
			if (first != null) {
				problems.add(new ContentProblem(path, 1, 1, Severity.ERROR, "the name " + relative
						+ " differs from " + CoursePaths.slashed(base.relativize(first))
						+ " only by letter case or Unicode normalisation: on Windows and macOS they are the same "
						+ "file; rename one"));
			}
		}
		return problems;
	}

	private static String key(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

}
