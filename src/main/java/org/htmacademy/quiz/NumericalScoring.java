package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.Numerical.Answer;
import org.htmacademy.quiz.Response.NumberResponse;

/** qtype_numerical_question::grade_response: the first answer whose tolerance interval holds the value wins. */
final class NumericalScoring {

	private NumericalScoring() {
	}

	static ScoredResponse score(Numerical question, NumberResponse response) {
		// PARAM_RAW_TRIMMED and is_gradable_response: blank is no answer, "0" is an answer.
		if (response.text().isBlank()) {
			return ScoredResponse.unanswered(question.generalFeedback());
		}
		TypedNumber number = TypedNumber.read(response.text().strip());
		if (!number.isNumber()) {
			return ScoredResponse.graded(BigDecimal.ZERO, List.of(number.problem(), question.otherAnswerFeedback()),
					question.generalFeedback());
		}
		for (Answer answer : question.answers()) {
			if (within(number.value(), answer)) {
				return ScoredResponse.graded(answer.fraction(), List.of(answer.feedback()), question.generalFeedback());
			}
		}
		return ScoredResponse.graded(BigDecimal.ZERO, List.of(question.otherAnswerFeedback()),
				question.generalFeedback());
	}

	/** Both edges count. Exact decimals, so Moodle's float fudge (1e-14 × max(1, |value|)) is not needed. */
	static boolean within(BigDecimal value, Answer answer) {
		BigDecimal tolerance = answer.tolerance().abs();
		return answer.value().subtract(tolerance).compareTo(value) <= 0
				&& value.compareTo(answer.value().add(tolerance)) <= 0;
	}
}
