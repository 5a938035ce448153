package org.htmacademy.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.htmacademy.course.gift.GiftQuestion.Matching;
import org.htmacademy.quiz.Response.MatchingResponse;

/** qtype_match_question::grade_response: pairs matched right divided by all pairs; no per-answer feedback. */
final class MatchingScoring {

	private MatchingScoring() {
	}

	static ScoredResponse score(Matching question, MatchingResponse response) {
		Map<Integer, String> answers = response.answers();
		for (int index : answers.keySet()) {
			if (index < 0 || index >= question.pairs().size()) {
				throw new IllegalArgumentException("pair " + index + " does not exist: the question has "
						+ question.pairs().size() + " pairs");
			}
		}
		// is_gradable_response: at least one pair answered.
		if (answers.values().stream().allMatch(String::isEmpty)) {
			return ScoredResponse.unanswered(question.generalFeedback());
		}
		// Moodle merges equal answer texts into one choice, so comparing texts is comparing choices.
		long right = 0;
		for (int i = 0; i < question.pairs().size(); i++) {
			if (question.pairs().get(i).answer().equals(answers.get(i))) {
				right++;
			}
		}
		BigDecimal fraction = BigDecimal.valueOf(right)
			.divide(BigDecimal.valueOf(question.pairs().size()), ScoredResponse.SCALE, RoundingMode.HALF_UP);
		return ScoredResponse.graded(fraction, List.of(), question.generalFeedback());
	}
}
