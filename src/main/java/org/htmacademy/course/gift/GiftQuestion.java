package org.htmacademy.course.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One question read from a GIFT file. Texts are unescaped and trimmed; a missing feedback is the empty string.
 * Fractions are stored as Moodle stores them: the percentage divided by 100, snapped to Moodle's grade list
 * (so {@code %33.33333%} becomes {@code 0.3333333}).
 */
public sealed interface GiftQuestion {

	/** The {@code ::title::}, or null when the question has none. */
	String title();

	/** The latest {@code $CATEGORY:} before the question, or null. */
	String category();

	String text();

	TextFormat textFormat();

	/** The {@code ####} feedback shown to everyone after the attempt. */
	String generalFeedback();

	/** The 1-based line where the question starts. */
	int line();

	/** Single answer when any choice is written with {@code =}, otherwise multiple answers with weights. */
	record MultipleChoice(String title, String category, String text, TextFormat textFormat, String generalFeedback,
			int line, List<Choice> choices, boolean multipleAnswers, boolean missingWord) implements GiftQuestion {
		public MultipleChoice {
			text = requireText(text, textFormat, generalFeedback);
			choices = List.copyOf(choices);
		}

		public record Choice(String text, BigDecimal fraction, String feedback) {
			public Choice {
				Objects.requireNonNull(text, "text");
				Objects.requireNonNull(fraction, "fraction");
				Objects.requireNonNull(feedback, "feedback");
			}
		}
	}

	/** Moodle shows {@code feedbackForTrue} to a learner who answers true, whichever answer is right. */
	record TrueFalse(String title, String category, String text, TextFormat textFormat, String generalFeedback,
			int line, boolean correctAnswer, String feedbackForTrue, String feedbackForFalse) implements GiftQuestion {
		public TrueFalse {
			text = requireText(text, textFormat, generalFeedback);
			Objects.requireNonNull(feedbackForTrue, "feedbackForTrue");
			Objects.requireNonNull(feedbackForFalse, "feedbackForFalse");
		}
	}

	record ShortAnswer(String title, String category, String text, TextFormat textFormat, String generalFeedback,
			int line, List<Answer> answers) implements GiftQuestion {
		public ShortAnswer {
			text = requireText(text, textFormat, generalFeedback);
			answers = List.copyOf(answers);
		}

		public record Answer(String text, BigDecimal fraction, String feedback) {
			public Answer {
				Objects.requireNonNull(text, "text");
				Objects.requireNonNull(fraction, "fraction");
				Objects.requireNonNull(feedback, "feedback");
			}
		}
	}

	/** {@code otherAnswerFeedback} is GIFT's {@code ~#feedback}: shown for any answer that matches none. */
	record Numerical(String title, String category, String text, TextFormat textFormat, String generalFeedback,
			int line, List<Answer> answers, String otherAnswerFeedback) implements GiftQuestion {
		public Numerical {
			text = requireText(text, textFormat, generalFeedback);
			answers = List.copyOf(answers);
			Objects.requireNonNull(otherAnswerFeedback, "otherAnswerFeedback");
		}

		/** Right when the response is within {@code value ± tolerance}. */
		public record Answer(BigDecimal value, BigDecimal tolerance, BigDecimal fraction, String feedback) {
			public Answer {
				Objects.requireNonNull(value, "value");
				Objects.requireNonNull(tolerance, "tolerance");
				Objects.requireNonNull(fraction, "fraction");
				Objects.requireNonNull(feedback, "feedback");
			}
		}
	}

	/** Distractors are extra answers with no question ({@code = -> answer}). */
	record Matching(String title, String category, String text, TextFormat textFormat, String generalFeedback,
			int line, List<Pair> pairs, List<String> distractors) implements GiftQuestion {
		public Matching {
			text = requireText(text, textFormat, generalFeedback);
			pairs = List.copyOf(pairs);
			distractors = List.copyOf(distractors);
		}

		public record Pair(String question, String answer) {
			public Pair {
				Objects.requireNonNull(question, "question");
				Objects.requireNonNull(answer, "answer");
			}
		}
	}

	private static String requireText(String text, TextFormat textFormat, String generalFeedback) {
		Objects.requireNonNull(textFormat, "textFormat");
		Objects.requireNonNull(generalFeedback, "generalFeedback");
		return Objects.requireNonNull(text, "text");
	}
}
