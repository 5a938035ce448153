package org.htmacademy.course.gift;

import java.util.Optional;

/** Format tags and feedback, as Moodle's parse_text_with_format and commentparser read them. */
final class Texts {

	record Formatted(TextFormat format, String text) {
	}

	/** An answer or feedback text split at its first '#'; the feedback is empty when there is none. */
	record Commented(String text, String feedback) {
	}

	private Texts() {
	}

	/** A leading {@code [html]}, {@code [markdown]}, {@code [plain]} or {@code [moodle]} picks the format. */
	static Formatted withFormat(String raw, TextFormat fallback) {
		String text = Escapes.trim(raw);
		if (text.startsWith("[")) {
			int close = text.indexOf(']');
			Optional<TextFormat> format = close > 0 ? TextFormat.fromTag(text.substring(1, close)) : Optional.empty();
			if (format.isPresent()) {
				return new Formatted(format.get(), Escapes.trim(Escapes.decode(text.substring(close + 1))));
			}
		}
		return new Formatted(fallback, Escapes.trim(Escapes.decode(text)));
	}

	/**
	 * An answer or feedback text. Moodle lets each carry its own format tag; here they always take the question's
	 * format, so a different tag is stripped with a warning rather than silently changing how the text renders.
	 */
	static String inQuestionFormat(Span span, TextFormat questionFormat, Problems problems) {
		Formatted formatted = withFormat(span.raw(), questionFormat);
		if (formatted.format() != questionFormat) {
			problems.warning(span.trim(), "the [" + formatted.format().tag() + "] tag is ignored: answers and "
					+ "feedback use the question's format (" + questionFormat.tag() + ")");
		}
		return formatted.text();
	}

	static Commented splitFeedback(Span span, TextFormat questionFormat, Problems problems) {
		int hash = span.indexOf("#");
		if (hash < 0) {
			return new Commented(inQuestionFormat(span, questionFormat, problems), "");
		}
		return new Commented(inQuestionFormat(span.to(hash), questionFormat, problems),
				inQuestionFormat(span.from(hash + 1), questionFormat, problems));
	}
}
