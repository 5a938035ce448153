package org.htmacademy.course.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds what the sanitizer would remove from raw HTML for security, so authors learn of it before learners do. */
final class RawHtml {

	record Finding(int offset, Severity severity, String message) {
	}

	private static final Set<String> REMOVED_ELEMENTS = Set.of("script", "style", "iframe", "object", "embed", "form");

	private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);

	private static final Pattern TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]*))?");

	private static final Pattern CHARACTER_REFERENCE = Pattern
		.compile("&(?:#[xX]([0-9a-fA-F]{1,6})|#(\\d{1,7})|(colon|tab|newline));?", Pattern.CASE_INSENSITIVE);

	private static final Pattern SCRIPT_SCHEME = Pattern.compile("^(javascript|vbscript):", Pattern.CASE_INSENSITIVE);

	private RawHtml() {
	}

	static List<Finding> scan(String html) {
		List<Finding> findings = new ArrayList<>();
		// Blank comments out rather than cut them, so offsets still point into the original literal.
		String visible = COMMENT.matcher(html).replaceAll(comment -> " ".repeat(comment.group().length()));
		Matcher tag = TAG.matcher(visible);
		while (tag.find()) {
			String element = tag.group(1).toLowerCase(Locale.ROOT);
			if (REMOVED_ELEMENTS.contains(element)) {
				findings.add(new Finding(tag.start(), Severity.ERROR,
						"<" + element + "> is removed when the lesson is rendered"));
			}
			else if (element.equals("img")) {
				findings.add(new Finding(tag.start(), Severity.WARNING,
						"an HTML <img> is not shown to learners; use Markdown: ![alt text](../images/file.svg)"));
			}
			Matcher attribute = ATTRIBUTE.matcher(visible).region(tag.start(2), tag.end(2));
			while (attribute.find()) {
				checkAttribute(attribute, findings);
			}
		}
		return findings;
	}

	/** "javascript" or "vbscript" when a URL would run a script, however it is spaced, cased or encoded. */
	static Optional<String> scriptScheme(String url) {
		String decoded = CHARACTER_REFERENCE.matcher(url).replaceAll(RawHtml::decode);
		Matcher scheme = SCRIPT_SCHEME.matcher(decoded.replaceAll("[\\x00-\\x20]", ""));
		return scheme.find() ? Optional.of(scheme.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
	}

	private static void checkAttribute(Matcher attribute, List<Finding> findings) {
		String name = attribute.group(1);
		if (name.length() > 2 && name.regionMatches(true, 0, "on", 0, 2)) {
			findings.add(new Finding(attribute.start(), Severity.ERROR,
					"event-handler attribute " + name + " is removed when the lesson is rendered"));
		}
		String value = attribute.group(2) == null ? "" : attribute.group(2).replaceAll("^[\"']|[\"']$", "");
		scriptScheme(value).ifPresent(scheme -> findings.add(new Finding(attribute.start(), Severity.ERROR,
				scheme + ": URL in " + name + " is removed when the lesson is rendered")));
	}

	private static String decode(MatchResult reference) {
		int codePoint;
		if (reference.group(1) != null) {
			codePoint = Integer.parseInt(reference.group(1), 16);
		}
		else if (reference.group(2) != null) {
			codePoint = Integer.parseInt(reference.group(2));
		}
		else {
			return reference.group(3).equalsIgnoreCase("colon") ? ":" : " ";
		}
		return Character.isValidCodePoint(codePoint) ? Matcher.quoteReplacement(Character.toString(codePoint)) : "";
	}

}
