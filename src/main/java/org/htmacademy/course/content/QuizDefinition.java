package org.htmacademy.course.content;

import java.util.List;
import java.util.Objects;

import org.htmacademy.course.gift.GiftQuestion;

/**
 * A module quiz or the final exam.
 *
 * @param file the GIFT file, relative to the course folder with "/" separators
 */
public record QuizDefinition(String file, QuizSettings settings, List<GiftQuestion> questions) {

	public QuizDefinition {
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(settings, "settings");
		questions = List.copyOf(questions);
	}

}
