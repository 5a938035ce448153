package org.htmacademy.course.content;

import java.util.List;
import java.util.Objects;

import org.htmacademy.course.content.CourseFile.QuizEntry;
import org.htmacademy.course.repository.ContentColumn;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/** A module {@code quiz} or the {@code finalQuiz}: its GIFT file and settings, with the guide's defaults. */
final class QuizYaml {

	static final List<String> KEYS = List.of("file", "passMark", "attempts", "timeLimitMinutes", "shuffleQuestions",
			"shuffleAnswers", "draw", "review", "grading");

	private static final QuizSettings DEFAULTS = QuizSettings.DEFAULTS;

	private final YamlValues values;

	QuizYaml(YamlValues values) {
		this.values = values;
	}

	@Nullable QuizEntry read(@Nullable Node node, String name) {
		YamlMapping quiz = values.mapping(node, name, KEYS);
		if (quiz == null) {
			return null;
		}
		Located file = values.located(quiz.required("file"), "file", ContentColumn.QUIZ_FILE);
		QuizSettings settings = new QuizSettings(
				between(quiz.optional("passMark"), "passMark", DEFAULTS.passMark(), 100),
				between(quiz.optional("attempts"), "attempts", DEFAULTS.attempts(), Integer.MAX_VALUE),
				between(quiz.optional("timeLimitMinutes"), "timeLimitMinutes", DEFAULTS.timeLimitMinutes(),
						Integer.MAX_VALUE),
				Objects.requireNonNullElse(values.bool(quiz.optional("shuffleQuestions"), "shuffleQuestions"),
						DEFAULTS.shuffleQuestions()),
				Objects.requireNonNullElse(values.bool(quiz.optional("shuffleAnswers"), "shuffleAnswers"),
						DEFAULTS.shuffleAnswers()),
				between(quiz.optional("draw"), "draw", DEFAULTS.draw(), Integer.MAX_VALUE),
				Objects.requireNonNullElse(values.choice(quiz.optional("review"), "review", ReviewPolicy.class),
						DEFAULTS.review()),
				Objects.requireNonNullElse(values.choice(quiz.optional("grading"), "grading", GradingMethod.class),
						DEFAULTS.grading()));
		Node draw = quiz.optional("draw");
		return new QuizEntry(file, settings, draw == null ? null : values.at(draw));
	}

	/** A whole number from 0 to max; the default when absent or wrong (a wrong one has been reported). */
	private int between(@Nullable Node node, String name, int defaultValue, int max) {
		Integer value = values.wholeNumber(node, name);
		if (value == null || node == null) {
			return defaultValue;
		}
		if (value < 0 || value > max) {
			values.error(node, max == Integer.MAX_VALUE ? name + " must be 0 or more, not " + value
					: name + " must be between 0 and " + max + ", not " + value);
			return defaultValue;
		}
		return value;
	}

}
