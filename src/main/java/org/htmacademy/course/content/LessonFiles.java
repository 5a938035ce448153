package org.htmacademy.course.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.htmacademy.course.markdown.ImageLinks;
import org.htmacademy.course.markdown.LessonIssue;
import org.htmacademy.course.markdown.LessonLint;
import org.htmacademy.course.markdown.LessonRenderer;
import org.htmacademy.course.markdown.RenderedLesson;
import org.jspecify.annotations.Nullable;

/** The lesson files a course lists: where they are, whether they are unique, and what the lesson lint says. */
final class LessonFiles {

	private static final LessonLint LINT = new LessonLint();

	private static final LessonRenderer RENDERER = new LessonRenderer();

	private final ContentFiles files;

	private final ImageFiles images;

	private final Problems problems;

	private final Map<String, Located> listed = new HashMap<>();

	private final Map<String, String> pathsById = new HashMap<>();

	LessonFiles(ContentFiles files, ImageFiles images, Problems problems) {
		this.files = files;
		this.images = images;
		this.problems = problems;
	}

	@Nullable LessonSource load(Located written) {
		Optional<Path> relative = CoursePaths.inside(Path.of(""), written.value());
		if (relative.isEmpty()) {
			problems.error(written.at(), "lesson file " + written.value() + " is outside the course folder");
			return null;
		}
		String path = CoursePaths.slashed(relative.get());
		Located first = listed.putIfAbsent(path, written);
		if (first != null) {
			problems.error(written.at(), "lesson file " + written.value() + " is listed twice (first on line "
					+ first.at().line() + ")");
			return null;
		}
		if (!CoursePaths.extension(relative.get()).equals("md")) {
			problems.error(written.at(), "lesson file " + written.value() + " must be Markdown, ending in .md");
			return null;
		}
		String id = CoursePaths.stem(relative.get());
		if (!Ids.isValid(id)) {
			problems.error(written.at(), Ids.invalid("lesson id", id) + "; the id is the file name");
		}
		String firstPath = pathsById.putIfAbsent(id, path);
		if (firstPath != null) {
			problems.error(written.at(), "lesson id '" + id + "' is already used by " + firstPath
					+ ": lesson file names must be unique in the course");
		}
		Path file = files.path(path);
		if (!Files.isRegularFile(file)) {
			problems.error(written.at(), "lesson file " + written.value() + " does not exist");
			return null;
		}
		if (!CoursePaths.staysInside(files.path(""), file)) {
			problems.error(written.at(), "lesson file " + written.value() + " is outside the course folder");
			return null;
		}
		String markdown = files.text(path);
		if (markdown == null) {
			return null;
		}
		for (LessonIssue issue : LINT.lint(markdown)) {
			problems.add(new At(file, issue.line(), issue.column()), issue.severity(), issue.message());
		}
		Path lessonFolder = Objects.requireNonNullElse(relative.get().getParent(), Path.of(""));
		images.check(file, lessonFolder, LINT.images(markdown));
		RenderedLesson rendered = RENDERER.render(markdown, ImageLinks.none());
		return new LessonSource(id, path, rendered.title(), markdown, rendered.wordCount());
	}

}
