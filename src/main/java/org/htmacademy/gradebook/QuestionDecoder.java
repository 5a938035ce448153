package org.htmacademy.gradebook;

import java.util.Map;

import org.htmacademy.course.gift.GiftQuestion;
import org.htmacademy.quiz.Response;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stored question definitions ({@code {"type": …, "question": …}}, as the import writes them) and stored
 * responses. The quiz package's reader is package-private; this is the same reading, without its cache, since an
 * analysis reads each question once.
 */
@Component
class QuestionDecoder {

	private static final Map<String, Class<? extends GiftQuestion>> TYPES = Map.of("MultipleChoice",
			GiftQuestion.MultipleChoice.class, "TrueFalse", GiftQuestion.TrueFalse.class, "ShortAnswer",
			GiftQuestion.ShortAnswer.class, "Numerical", GiftQuestion.Numerical.class, "Matching",
			GiftQuestion.Matching.class);

	private final JsonMapper json;

	QuestionDecoder(JsonMapper json) {
		this.json = json;
	}

	GiftQuestion question(long questionId, String definitionJson) {
		JsonNode stored = json.readTree(definitionJson);
		Class<? extends GiftQuestion> type = TYPES.get(stored.path("type").asString());
		if (type == null) {
			throw new IllegalStateException("Question " + questionId + " has an unknown type: " + stored.path("type"));
		}
		return json.treeToValue(stored.get("question"), type);
	}

	/** Null, as stored for an unanswered question, is {@link Response#EMPTY}. */
	Response response(String responseJson) {
		return responseJson == null ? Response.EMPTY : json.readValue(responseJson, Response.class);
	}

	static String typeName(GiftQuestion question) {
		return switch (question) {
			case GiftQuestion.MultipleChoice choice when choice.multipleAnswers() -> "Multiple answers";
			case GiftQuestion.MultipleChoice choice when choice.missingWord() -> "Missing word";
			case GiftQuestion.MultipleChoice choice -> "Multiple choice";
			case GiftQuestion.TrueFalse trueFalse -> "True/false";
			case GiftQuestion.ShortAnswer shortAnswer -> "Short answer";
			case GiftQuestion.Numerical numerical -> "Numerical";
			case GiftQuestion.Matching matching -> "Matching";
		};
	}

	/** The text as words, for a table cell: tags dropped, white space collapsed. */
	static String plainText(String text) {
		return text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
	}

}
