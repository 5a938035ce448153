package org.htmacademy.gradebook.repository;

/** A question of a quiz's pool with its stored definition (the answer key). */
public record PoolQuestion(long questionId, int position, String definitionJson) {
}
