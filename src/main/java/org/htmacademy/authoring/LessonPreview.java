package org.htmacademy.authoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.markdown.ImageReference;
import org.htmacademy.course.markdown.LessonIssue;
import org.htmacademy.course.markdown.LessonLint;
import org.htmacademy.course.markdown.LessonRenderer;
import org.htmacademy.course.markdown.RenderedLesson;
import org.htmacademy.course.markdown.Severity;
import org.springframework.stereotype.Component;

/**
 * A lesson rendered exactly as learners will see it: the same renderer and sanitizer as the import. Images of the
 * draft are served to its authors from {@link #imageUrl}; a link to an image the draft lacks is dropped, as it
 * would be on import (where the validator also reports it).
 */
@Component
public class LessonPreview {

	private final LessonRenderer renderer;

	private final LessonLint lint = new LessonLint();

	LessonPreview(LessonRenderer renderer) {
		this.renderer = renderer;
	}

	public static String imageUrl(long draftId, String path) {
		return "/draft-images/" + draftId + "/" + path;
	}

	/**
	 * @param lessonPath the lesson file, e.g. {@code lessons/leakage.md}, which image links are relative to
	 * @param images the draft's image files
	 */
	public RenderedLesson render(long draftId, String lessonPath, String markdown, Collection<String> images) {
		return renderer.render(markdown, written -> {
			Optional<String> path = inCourse(lessonPath, written);
			return path.filter(images::contains).map(p -> imageUrl(draftId, p));
		});
	}

	/**
	 * What the validator will say about the lesson's own text, while it is typed: the lesson checks of the command
	 * line, and images the draft does not have.
	 */
	public List<LessonIssue> problems(String lessonPath, String markdown, Collection<String> images) {
		List<LessonIssue> issues = new ArrayList<>(lint.lint(markdown));
		for (ImageReference image : lint.images(markdown)) {
			Optional<String> path = inCourse(lessonPath, image.path());
			if (path.isEmpty() || !images.contains(path.get())) {
				issues.add(new LessonIssue(image.line(), image.column(), Severity.ERROR, "image " + image.path()
						+ " is not in the draft: upload it, then link it as ../" + DraftPaths.IMAGES + "name"));
			}
		}
		issues.sort(Comparator.comparingInt(LessonIssue::line).thenComparingInt(LessonIssue::column));
		return issues;
	}

	/** How the lesson links an image of the draft, e.g. {@code ../images/x.svg} from lessons/. */
	public static String linkFrom(String lessonPath, String imagePath) {
		Path folder = Path.of(lessonPath).getParent();
		return (folder == null ? Path.of(imagePath) : folder.relativize(Path.of(imagePath))).toString()
			.replace('\\', '/');
	}

	private static Optional<String> inCourse(String lessonPath, String written) {
		try {
			Path folder = Path.of(lessonPath).getParent();
			Path image = (folder == null ? Path.of(written) : folder.resolve(written)).normalize();
			return image.startsWith("..") || image.isAbsolute() ? Optional.empty()
					: Optional.of(image.toString().replace('\\', '/'));
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}

}
