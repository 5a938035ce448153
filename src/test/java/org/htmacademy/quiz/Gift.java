package org.htmacademy.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmacademy.course.gift.GiftParseResult;
import org.htmacademy.course.gift.GiftParser;
import org.htmacademy.course.gift.GiftQuestion;

/** Test helper: questions written in GIFT, as authors write them. */
final class Gift {

	private Gift() {
	}

	static <T extends GiftQuestion> T question(String source, Class<T> type) {
		GiftParseResult result = new GiftParser().parse(source, "quiz.gift");
		assertThat(result.errors()).isEmpty();
		assertThat(result.questions()).hasSize(1);
		return type.cast(assertThat(result.questions().getFirst()).isInstanceOf(type).actual());
	}
}
