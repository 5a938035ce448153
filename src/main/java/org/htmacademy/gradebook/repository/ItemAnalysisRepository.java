package org.htmacademy.gradebook.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.htmacademy.gradebook.AttemptSelection;
import org.htmacademy.gradebook.Moments;

/** The finished attempts of a quiz, reduced to sums and counts in the database. */
public interface ItemAnalysisRepository {

	Optional<AnalysedQuiz> quiz(long quizId);

	/** The pool in authored order. */
	List<PoolQuestion> questions(long quizId);

	AttemptsSummary attempts(long quizId, AttemptSelection selection);

	/** The sums of each question that was in at least one selected attempt. */
	Map<Long, Moments> moments(long quizId, AttemptSelection selection);

	/** Each distinct response to each question, with how many selected attempts gave it. */
	List<ResponseCount> responses(long quizId, AttemptSelection selection);

}
