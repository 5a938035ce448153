package org.htmacademy.authoring;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

import org.htmacademy.course.markdown.LessonRenderer;
import org.htmacademy.course.markdown.RenderedLesson;
import org.springframework.stereotype.Component;

/**
 * A lesson rendered exactly as learners will see it: the same renderer and sanitizer as the import. Images of the
 * draft are served to its authors from {@link #imageUrl}; a link to an image the draft lacks is dropped, as it
 * would be on import (where the validator also reports it).
 */
@Component
public class LessonPreview {

	private final LessonRenderer renderer;

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
