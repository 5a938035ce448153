package org.htmacademy.learning;

import java.util.Optional;

/** One lesson as the reader shows it, with its place in the course. {@code html} is sanitized. */
public record LessonPage(String courseId, String courseTitle, String moduleTitle, String lessonId, String title,
		String html, int wordCount, int position, int lessonCount, Optional<String> previousLessonId,
		Optional<String> nextLessonId, boolean completed) {

	public int readingMinutes() {
		return Math.max(1, Math.round(wordCount / 100f));
	}

}
