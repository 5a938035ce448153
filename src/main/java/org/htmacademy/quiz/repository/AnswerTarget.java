package org.htmacademy.quiz.repository;

/**
 * One question of an attempt with what presenting it needs, as saving an answer uses it. Nothing here changes once
 * the attempt has started.
 */
public record AnswerTarget(long attemptId, long userId, long seed, boolean shuffleAnswers, int slot, long questionId,
		String definitionJson) {
}
