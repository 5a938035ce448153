package org.htmacademy.quiz.repository;

import java.time.Instant;

/** What saving one answer needs to know about its attempt and question, read in one query. */
public record AnswerTarget(long attemptId, long userId, String state, Instant deadline, long seed, long questionId,
		String definitionJson, boolean shuffleAnswers) {
}
