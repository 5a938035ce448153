package org.htmacademy.course.gift;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An answer or stem as a learner reads it, for the exam-quality checks: the parser's text (escapes resolved) without
 * markup, whitespace collapsed.
 */
final class OptionText {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");
	/** Markdown's emphasis and code marks; an underscore inside a word (snake_case) is text. */
	private static final Pattern MARKDOWN_MARK = Pattern.compile("[*`]+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
	private static final Pattern SPACE = Pattern.compile("\\s+");
	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final String plain;

	OptionText(String text, TextFormat format) {
		String stripped = format == TextFormat.PLAIN ? text : TAG.matcher(text).replaceAll(" ");
		if (format == TextFormat.MARKDOWN) {
			stripped = MARKDOWN_MARK.matcher(stripped).replaceAll("");
		}
		stripped = stripped.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
		plain = SPACE.matcher(stripped).replaceAll(" ").strip();
	}

	String plain() {
		return plain;
	}

	/** In Unicode code points, so "µA" is 2 whatever its encoding. */
	int length() {
		return plain.codePointCount(0, plain.length());
	}

	/** Case-folded: upper then lower case, so "ß" and "SS" meet. */
	String folded() {
		return plain.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
	}

	/** Folded, with punctuation and symbols taken as word breaks. */
	List<String> words() {
		String spaced = NOT_WORD.matcher(folded()).replaceAll(" ").strip();
		return spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
	}

}
