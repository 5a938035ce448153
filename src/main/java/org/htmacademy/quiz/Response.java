package org.htmacademy.quiz;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a learner answered to one question; each question type takes its own kind of response. Stored as JSON
 * with a {@code kind} name; an unanswered question stores nothing.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({ @JsonSubTypes.Type(value = Response.ChoiceResponse.class, name = "choice"),
		@JsonSubTypes.Type(value = Response.TrueFalseResponse.class, name = "true-false"),
		@JsonSubTypes.Type(value = Response.TextResponse.class, name = "text"),
		@JsonSubTypes.Type(value = Response.NumberResponse.class, name = "number"),
		@JsonSubTypes.Type(value = Response.MatchingResponse.class, name = "matching") })
public sealed interface Response {

	/** The response of a learner who left the question alone. */
	Response EMPTY = new Unanswered();

	record Unanswered() implements Response {
	}

	/**
	 * Indexes into the question's choices in their original (authored) order, not the presented order; a
	 * single-answer question takes at most one. Repeated indexes count once, as a ticked box is ticked once.
	 */
	record ChoiceResponse(List<Integer> chosen) implements Response {
		public ChoiceResponse {
			chosen = chosen.stream().distinct().toList();
			if (chosen.stream().anyMatch(index -> index < 0)) {
				throw new IllegalArgumentException("choice indexes cannot be negative: " + chosen);
			}
		}

		public static ChoiceResponse of(Integer... chosen) {
			return new ChoiceResponse(List.of(chosen));
		}
	}

	record TrueFalseResponse(boolean value) implements Response {
	}

	/** A short answer as typed. */
	record TextResponse(String text) implements Response {
		public TextResponse {
			Objects.requireNonNull(text, "text");
		}
	}

	/** A number as typed, e.g. {@code 1,5} or {@code 3.2e-4}; it is read when scored, so nothing typed is lost. */
	record NumberResponse(String text) implements Response {
		public NumberResponse {
			Objects.requireNonNull(text, "text");
		}
	}

	/** Pair index (original order) to the answer text chosen for it; pairs left unanswered are absent. */
	record MatchingResponse(Map<Integer, String> answers) implements Response {
		public MatchingResponse {
			answers = Map.copyOf(answers);
		}
	}
}
