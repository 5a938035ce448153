package org.htmacademy.course.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How enum values are spelled in course.yml: {@code score-only} for SCORE_ONLY, certifications as they are. */
final class Choices {

	private Choices() {
	}

	static String spelling(Enum<?> value) {
		return value instanceof Certification ? value.name()
				: value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String written) {
		return Arrays.stream(type.getEnumConstants()).filter(value -> spelling(value).equals(written)).findFirst();
	}

	/** "networking, cybersecurity, dental or imaging". */
	static <E extends Enum<E>> String listing(Class<E> type) {
		List<String> spellings = Arrays.stream(type.getEnumConstants()).map(Choices::spelling).toList();
		return String.join(", ", spellings.subList(0, spellings.size() - 1)) + " or " + spellings.getLast();
	}

}
