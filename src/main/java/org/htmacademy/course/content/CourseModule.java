package org.htmacademy.course.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A module: its lessons in reading order and its optional quiz. */
public record CourseModule(String id, String title, List<LessonSource> lessons, Optional<QuizDefinition> quiz) {

	public CourseModule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		lessons = List.copyOf(lessons);
		Objects.requireNonNull(quiz, "quiz");
	}

}
