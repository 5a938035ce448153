package org.htmacademy.gradebook.repository;

import java.util.List;
import java.util.Optional;

import org.htmacademy.gradebook.AttemptSelection;

/** The finished attempts of a quiz, for item analysis. */
public interface ItemAnalysisRepository {

	Optional<AnalysedQuiz> quiz(long quizId);

	/** The pool in authored order. */
	List<PoolQuestion> questions(long quizId);

	AttemptsSummary attempts(long quizId, AttemptSelection selection);

	/**
	 * Hands every slot of the selected attempts to {@code visitor}, streamed in no particular order: one pass, never
	 * all rows in memory at once.
	 */
	void forEachSlot(long quizId, AttemptSelection selection, SlotVisitor visitor);

	/** Marks and fractions come as exact integers: hundredths of a mark, ten-millionths of the mark earned. */
	@FunctionalInterface
	interface SlotVisitor {

		/** {@code responseJson} is null for an unanswered question. */
		void slot(long attemptId, long questionId, long markHundredths, long fractionTenMillionths,
				String responseJson);

	}

}
