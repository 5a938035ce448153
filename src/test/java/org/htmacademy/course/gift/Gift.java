package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

/** Test helpers: parse a GIFT text and pick out what a test is about. */
final class Gift {

	static final String FILE = "quiz.gift";

	private Gift() {
	}

	static GiftParseResult parse(String source) {
		return new GiftParser().parse(source, FILE);
	}

	/** The only question of a source that must parse without errors. */
	static <T extends GiftQuestion> T only(String source, Class<T> type) {
		GiftParseResult result = parse(source);
		assertThat(result.errors()).isEmpty();
		assertThat(result.questions()).hasSize(1);
		return type.cast(assertThat(result.questions().getFirst()).isInstanceOf(type).actual());
	}

	/** The problems of a source, formatted as the validator prints them. */
	static String[] problems(String source) {
		return parse(source).problems().stream().map(GiftProblem::toString).toArray(String[]::new);
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}
}
