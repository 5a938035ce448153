package org.htmacademy.gradebook;

import java.util.List;

/**
 * One question of a quiz's pool, analysed over the selected attempts that contained it.
 *
 * @param number its position in the pool as authored
 * @param text the question text with any markup removed
 * @param unmatched typed answers that matched no accepted answer, most frequent first (short answer, numerical)
 */
public record QuestionAnalysis(long questionId, int number, String title, String text, String type,
		ItemStatistics statistics, List<ItemFlag> flags, List<AnswerCount> answers, List<TypedAnswer> unmatched) {

	public QuestionAnalysis {
		flags = List.copyOf(flags);
		answers = List.copyOf(answers);
		unmatched = List.copyOf(unmatched);
	}

	/** The title, or the start of the text when the question has none. */
	public String name() {
		if (title != null && !title.isBlank()) {
			return title;
		}
		return text.length() <= 60 ? text : text.substring(0, 59).strip() + "…";
	}

}
