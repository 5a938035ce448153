package org.htmacademy.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An attempt in progress, as the quiz page shows it: the questions in their fixed order with the answers saved so
 * far, the deadline (empty without a time limit), and the slot (1-based) the learner was last on.
 */
public record AttemptSheet(String code, long quizId, String quizTitle, String courseId, String courseTitle,
		int number, Instant startedAt, Optional<Instant> deadline, int currentSlot, List<SheetQuestion> questions) {

	public long unanswered() {
		return questions.stream().filter(question -> !question.answered()).count();
	}

}
