package org.htmacademy.authoring;

import java.util.List;

/**
 * What saving a quiz's questions did. Nothing is saved while there is an error; warnings do not stop a save.
 *
 * @param version the GIFT file's version now
 */
public record QuizSave(boolean saved, int version, List<QuestionProblem> problems) {

	public QuizSave {
		problems = List.copyOf(problems);
	}

}
