package org.htmacademy.course.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.htmacademy.course.markdown.ImageLinks;
import org.htmacademy.course.markdown.ImageReference;
import org.htmacademy.course.markdown.LessonIssue;
import org.htmacademy.course.markdown.LessonLint;
import org.htmacademy.course.markdown.LessonRenderer;
import org.htmacademy.course.markdown.RenderedLesson;
import org.htmacademy.course.repository.ContentColumn;
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

	/**
	 * A relative link leaving the course folder points into another course or beyond, which learners of this course
	 * cannot open (and which breaks when either course moves); web addresses and in-page anchors are fine.
	 */
	private void checkLinks(Path lessonFile, Path lessonFolder, List<ImageReference> links) {
		for (ImageReference link : links) {
			String written = link.path();
			if (written.isEmpty() || written.startsWith("#") || CoursePaths.isUrl(written)) {
				continue;
			}
			String path = written.replaceAll("[?#].*$", "");
			if (path.isEmpty() || CoursePaths.inside(lessonFolder, path).isEmpty()) {
				problems.error(new At(lessonFile, link.line(), link.column()), "link " + written
						+ " points outside this course's folder (into another course or beyond): learners cannot "
						+ "follow it; link another course by its web address instead");
			}
		}
	}

	private void fits(At at, @Nullable String text, ContentColumn column) {
		if (text != null) {
			column.problem(text).ifPresent(problem -> problems.error(at, problem));
		}
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
		checkLinks(file, lessonFolder, LINT.links(markdown));
		RenderedLesson rendered = RENDERER.render(markdown, ImageLinks.none());
		fits(written.at(), id, ContentColumn.LESSON_ID);
		fits(written.at(), path, ContentColumn.LESSON_PATH);
		fits(At.start(file), markdown, ContentColumn.LESSON_TEXT);
		fits(At.start(file), rendered.html(), ContentColumn.LESSON_HTML);
		fits(At.start(file), rendered.title(), ContentColumn.LESSON_TITLE);
		return new LessonSource(id, path, rendered.title(), markdown, rendered.wordCount());
	}

}
