package org.htmacademy.course.gift;

import java.util.Locale;
import java.util.Optional;

/** The text formats GIFT can select with a leading {@code [name]} tag; Moodle's default is {@link #MOODLE}. */
public enum TextFormat {
	MOODLE, HTML, PLAIN, MARKDOWN;

	/** The format for a tag name, e.g. {@code markdown}; Moodle matches the lowercase names only. */
	public static Optional<TextFormat> fromTag(String name) {
		return switch (name) {
			case "moodle" -> Optional.of(MOODLE);
			case "html" -> Optional.of(HTML);
			case "plain" -> Optional.of(PLAIN);
			case "markdown" -> Optional.of(MARKDOWN);
			default -> Optional.empty();
		};
	}

	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}
}
