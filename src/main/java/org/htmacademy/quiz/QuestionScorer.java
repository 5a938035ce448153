package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.util.List;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.course.gift.GiftQuestion.MultipleChoice;
import org.htmacademy.course.gift.GiftQuestion.Numerical;
import org.htmacademy.course.gift.GiftQuestion.ShortAnswer;
import org.htmacademy.course.gift.GiftQuestion.TrueFalse;
import org.htmacademy.quiz.Response.ChoiceResponse;
import org.htmacademy.quiz.Response.MatchingResponse;
import org.htmacademy.quiz.Response.NumberResponse;
import org.htmacademy.quiz.Response.TextResponse;
import org.htmacademy.quiz.Response.TrueFalseResponse;
import org.htmacademy.quiz.Response.Unanswered;

/**
 * Scores a response to a GIFT question the way Moodle's question types grade it (deferred feedback: a response
 * Moodle would not grade at all counts as unanswered). A response of the wrong kind for the question is a
 * programming error and throws {@link IllegalArgumentException}.
 */
public final class QuestionScorer {

	private QuestionScorer() {
	}

	public static ScoredResponse score(GiftQuestion question, Response response) {
		if (response instanceof Unanswered) {
			return ScoredResponse.unanswered(question.generalFeedback());
		}
		return switch (question) {
			case MultipleChoice choice -> ChoiceScoring.score(choice, expect(ChoiceResponse.class, response, question));
			case TrueFalse trueFalse -> trueFalse(trueFalse, expect(TrueFalseResponse.class, response, question));
			case ShortAnswer shortAnswer ->
				ShortAnswerScoring.score(shortAnswer, expect(TextResponse.class, response, question));
			case Numerical numerical ->
				NumericalScoring.score(numerical, expect(NumberResponse.class, response, question));
			case Matching matching -> MatchingScoring.score(matching, expect(MatchingResponse.class, response, question));
		};
	}

	/** qtype_truefalse_question::grade_response; Moodle shows the feedback for the value chosen. */
	private static ScoredResponse trueFalse(TrueFalse question, TrueFalseResponse response) {
		boolean right = response.value() == question.correctAnswer();
		String feedback = response.value() ? question.feedbackForTrue() : question.feedbackForFalse();
		return ScoredResponse.graded(right ? BigDecimal.ONE : BigDecimal.ZERO, List.of(feedback),
				question.generalFeedback());
	}

	private static <R extends Response> R expect(Class<R> type, Response response, GiftQuestion question) {
		if (!type.isInstance(response)) {
			throw new IllegalArgumentException("a " + question.getClass().getSimpleName() + " question takes a "
					+ type.getSimpleName() + ", not a " + response.getClass().getSimpleName());
		}
		return type.cast(response);
	}
}
