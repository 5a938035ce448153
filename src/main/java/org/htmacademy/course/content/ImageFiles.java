package org.htmacademy.course.content;

import org.htmacademy.course.repository.ContentColumn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.htmacademy.course.markdown.ImageReference;
import org.htmacademy.course.markdown.LessonIssue;
import org.htmacademy.course.markdown.SvgCheck;

/** The images lessons link: each must be a file of the course with an allowed extension; SVG files are checked. */
final class ImageFiles {

	private static final Set<String> ALLOWED = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg");

	private static final String ALLOWED_LISTING = "png, jpg, jpeg, gif, webp or svg";

	private static final SvgCheck SVG_CHECK = new SvgCheck();

	private final ContentFiles files;

	private final Problems problems;

	private final Map<String, byte[]> images = new TreeMap<>();

	ImageFiles(ContentFiles files, Problems problems) {
		this.files = files;
		this.problems = problems;
	}

	/** @param lessonFolder the lesson's folder, relative to the course folder */
	void check(Path lessonFile, Path lessonFolder, List<ImageReference> references) {
		for (ImageReference reference : references) {
			At at = new At(lessonFile, reference.line(), reference.column());
			String written = reference.path();
			if (CoursePaths.isUrl(written)) {
				problems.error(at, "image " + written + " is not a file of the course: put it in images/ and "
						+ "link it relative to the lesson");
				continue;
			}
			Optional<Path> relative = CoursePaths.inside(lessonFolder, written);
			if (relative.isEmpty()) {
				problems.error(at, "image " + written + " is outside the course folder");
				continue;
			}
			String extension = CoursePaths.extension(relative.get());
			if (!ALLOWED.contains(extension)) {
				problems.error(at, "image " + written + (extension.isEmpty() ? " has no file extension"
						: " is a ." + extension + " file") + ": use " + ALLOWED_LISTING);
				continue;
			}
			Path file = files.path(CoursePaths.slashed(relative.get()));
			if (!Files.isRegularFile(file)) {
				problems.error(at, "image " + written + " does not exist");
			}
			else if (!CoursePaths.staysInside(files.path(""), file)) {
				problems.error(at, "image " + written + " is outside the course folder");
			}
			else {
				read(CoursePaths.slashed(relative.get()), extension);
			}
		}
	}

	Map<String, byte[]> images() {
		return Collections.unmodifiableMap(images);
	}

	private void read(String path, String extension) {
		if (images.containsKey(path)) {
			return;
		}
		byte[] bytes = files.bytes(path);
		if (bytes == null) {
			return;
		}
		images.put(path, bytes);
		ContentColumn.IMAGE_PATH.problem(path).ifPresent(p -> problems.error(At.start(files.path(path)), p));
		ContentColumn.IMAGE.problem(bytes).ifPresent(p -> problems.error(At.start(files.path(path)), p));
		if (extension.equals("svg")) {
			String svg = files.text(path);
			if (svg != null) {
				for (LessonIssue issue : SVG_CHECK.check(svg)) {
					problems.add(new At(files.path(path), issue.line(), issue.column()), issue.severity(),
							issue.message());
				}
			}
		}
	}

}
