package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice.Choice;
import org.htmacademy.quiz.Response.ChoiceResponse;

/** qtype_multichoice_single_question and qtype_multichoice_multi_question::grade_response. */
final class ChoiceScoring {

	private ChoiceScoring() {
	}

	static ScoredResponse score(MultipleChoice question, ChoiceResponse response) {
		List<Integer> chosen = response.chosen();
		if (chosen.isEmpty()) {
			return ScoredResponse.unanswered(question.generalFeedback());
		}
		for (int index : chosen) {
			if (index >= question.choices().size()) {
				throw new IllegalArgumentException("choice " + index + " does not exist: the question has "
						+ question.choices().size() + " choices");
			}
		}
		if (!question.multipleAnswers() && chosen.size() > 1) {
			throw new IllegalArgumentException("a single-answer question takes one choice, not " + chosen);
		}
		// Feedback in the order the author wrote the choices, so it does not depend on the shuffle.
		List<Choice> picked = chosen.stream().sorted().map(question.choices()::get).toList();
		// Multiple answers: the sum, clamped to 0..1 as Moodle does. Single answer: Moodle keeps a negative
		// fraction (a wrong pick costs marks); we clamp it to 0 too, see ScoredResponse.graded.
		BigDecimal fraction = picked.stream().map(Choice::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
		return ScoredResponse.graded(fraction, picked.stream().map(Choice::feedback).toList(),
				question.generalFeedback());
	}
}
