package org.htmacademy.course.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One lesson as written.
 *
 * @param id the file name without {@code .md}
 * @param path relative to the course folder with "/" separators, e.g. {@code lessons/leakage-current.md}
 * @param title the text of the first level-1 heading
 * @param wordCount words a learner reads, as counted by the lesson renderer
 */
public record LessonSource(String id, String path, String title, String markdown, int wordCount) {

	public LessonSource {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(markdown, "markdown");
	}

	/**
	 * The course-relative path of an image as the lesson links it ({@code ../images/x.svg} becomes
	 * {@code images/x.svg}), the key of {@link LoadedCourse#images()}.
	 */
	public String imagePath(String written) {
		Path lessonFolder = Path.of(path).getParent();
		Path image = lessonFolder == null ? Path.of(written) : lessonFolder.resolve(written);
		return CoursePaths.slashed(image.normalize());
	}

}
