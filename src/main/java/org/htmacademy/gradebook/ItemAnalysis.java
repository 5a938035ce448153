package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.htmacademy.course.content.GradingMethod;

/**
 * A quiz's item analysis over the finished attempts chosen by {@code selection}.
 *
 * @param questionsPerAttempt the draw, or the whole pool when the quiz does not draw
 * @param meanScore the mean score of the attempts analysed, in percent; empty without attempts
 */
public record ItemAnalysis(long quizId, String courseId, String courseTitle, int versionNumber, String quizTitle,
		GradingMethod grading, AttemptSelection selection, int attempts, int learners, Optional<BigDecimal> meanScore,
		int questionsPerAttempt, List<QuestionAnalysis> questions) {

	public ItemAnalysis {
		questions = List.copyOf(questions);
	}

}
