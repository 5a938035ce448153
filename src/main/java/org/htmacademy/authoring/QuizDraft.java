package org.htmacademy.authoring;

import java.util.List;

import org.htmacademy.authoring.CourseOutline.QuizOutline;
import org.htmacademy.course.gift.GiftQuestion;

/**
 * A quiz of a draft, to edit: its settings from course.yml and its questions from its GIFT file.
 *
 * @param moduleIndex the module it belongs to, or -1 for the final exam
 * @param version the version of the GIFT file, to send back when saving questions
 * @param gift the GIFT file as stored, for export
 */
public record QuizDraft(long draftId, String path, int moduleIndex, String moduleTitle, QuizOutline quiz,
		List<GiftQuestion> questions, int version, String gift) {

	public QuizDraft {
		questions = List.copyOf(questions);
	}

	public boolean finalExam() {
		return moduleIndex < 0;
	}

}
