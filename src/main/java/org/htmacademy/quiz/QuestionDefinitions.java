package org.htmacademy.quiz;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.htmacademy.course.gift.GiftQuestion;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads stored questions and responses. Question rows never change once imported, so each is parsed once and
 * kept (at most {@value #CACHED} of them).
 */
@Component
class QuestionDefinitions {

	private static final int CACHED = 50_000;

	private static final Map<String, Class<? extends GiftQuestion>> TYPES = Map.of("MultipleChoice",
			GiftQuestion.MultipleChoice.class, "TrueFalse", GiftQuestion.TrueFalse.class, "ShortAnswer",
			GiftQuestion.ShortAnswer.class, "Numerical", GiftQuestion.Numerical.class, "Matching",
			GiftQuestion.Matching.class);

	private final Map<Long, GiftQuestion> parsed = new ConcurrentHashMap<>();

	private final JsonMapper json;

	QuestionDefinitions(JsonMapper json) {
		this.json = json;
	}

	GiftQuestion question(long questionId, String definitionJson) {
		GiftQuestion question = parsed.get(questionId);
		if (question == null) {
			question = parse(questionId, definitionJson);
			if (parsed.size() >= CACHED) {
				parsed.clear();
			}
			parsed.put(questionId, question);
		}
		return question;
	}

	private GiftQuestion parse(long questionId, String definitionJson) {
		JsonNode stored = json.readTree(definitionJson);
		Class<? extends GiftQuestion> type = TYPES.get(stored.path("type").asString());
		if (type == null) {
			throw new IllegalStateException("Question " + questionId + " has an unknown type: " + stored.path("type"));
		}
		return json.treeToValue(stored.get("question"), type);
	}

	Response response(String responseJson) {
		return responseJson == null ? Response.EMPTY : json.readValue(responseJson, Response.class);
	}

	/** Null for an unanswered question: nothing is stored. */
	String responseJson(Response response) {
		return response instanceof Response.Unanswered ? null : json.writeValueAsString(response);
	}

}
