package org.htmacademy.course.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps the StAX parser's character offsets back to tags and attributes in the SVG text. */
record SvgSource(String text) {

	private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'>/=]+)\\s*=\\s*(?:\"[^\"]*\"|'[^']*')");

	/** The parser reports the offset just after a start tag; "<" cannot occur inside it, so the last one opens it. */
	int tagStart(int offsetAfterTag) {
		int start = text.lastIndexOf('<', Math.min(offsetAfterTag, text.length()) - 1);
		return Math.max(start, 0);
	}

	int attributeStart(int tagStart, int tagEnd, String qualifiedName) {
		int end = Math.min(Math.max(tagEnd, tagStart), text.length());
		Matcher attribute = ATTRIBUTE.matcher(text).region(tagStart, end);
		while (attribute.find()) {
			if (attribute.group(1).equals(qualifiedName)) {
				return attribute.start();
			}
		}
		return tagStart;
	}

	SourcePosition position(int offset) {
		return SourcePosition.of(text, offset);
	}

}
