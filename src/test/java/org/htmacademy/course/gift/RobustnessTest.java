package org.htmacademy.course.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class RobustnessTest {

	private static final String[] TOKENS = { "::", "{", "}", "~", "=", "#", "####", "%50%", "%-100%", "%", "..", ":",
			"->", "\\", "\n", "\n\n", "\r\n", "// c\n", "$CATEGORY:", "[html]", "T", "TRUE", "x", "1", "2.5", " ", "*",
			"\\{", "\\n", "1:MC:", "\uFEFF" };

	@Test
	void random_gift_like_input_never_throws_and_every_problem_has_a_position_and_every_question_a_text() {
		Random random = new Random(20240601);
		GiftParser parser = new GiftParser();
		for (int i = 0; i < 20_000; i++) {
			StringBuilder source = new StringBuilder();
			for (int j = random.nextInt(30); j > 0; j--) {
				source.append(TOKENS[random.nextInt(TOKENS.length)]);
			}
			GiftParseResult result = parser.parse(source.toString(), "fuzz.gift");

			assertThat(result.problems()).as(source.toString())
					.allMatch(problem -> problem.line() >= 1 && problem.column() >= 1);
			assertThat(result.questions()).as(source.toString()).allMatch(question -> !question.text().isEmpty());
		}
	}
}
