package org.htmacademy.gradebook;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How many of the attempts that contained a question gave one answer.
 *
 * @param item for a matching question, the item this answer was given for; empty otherwise
 * @param answer the authored choice or answer, or "Anything else", or "No answer"
 * @param credit the fraction of the mark this answer is worth as authored (negative for a penalised choice); empty
 * for no answer
 */
public record AnswerCount(Optional<String> item, String answer, Optional<BigDecimal> credit, long count) {

	public static final String NO_ANSWER = "No answer";

	public static final String ANYTHING_ELSE = "Anything else";

}
