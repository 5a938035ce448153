package org.htmacademy.course.markdown;

/** The format of a quiz text, as GIFT's {@code [moodle]}, {@code [plain]}, {@code [markdown]} and {@code [html]}. */
public enum TextFormat {

	/** GIFT's default: plain text whose line breaks are kept. */
	MOODLE,

	PLAIN,

	MARKDOWN,

	/** Sanitized with the same policy as lessons. */
	HTML

}
