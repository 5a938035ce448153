package org.htmacademy.course.markdown;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Allows exactly the HTML the lesson renderer produces. Raw HTML in a lesson passes through it too, so anything
 * else an author writes (scripts, event handlers, frames, forms, styles, foreign images) is removed here.
 */
final class LessonHtmlPolicy {

	// The policy is built once, but the allowed image URLs differ per lesson, so they travel in a scoped value.
	private static final ScopedValue<Set<String>> IMAGE_URLS = ScopedValue.newInstance();

	private static final Pattern EXTERNAL = Pattern.compile("^(?i:https?:|[/\\\\]{2})");

	private static final String EXTERNAL_RELS = "nofollow noopener noreferrer";

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "hr", "br", "pre",
				"code", "strong", "em", "del", "table", "thead", "tbody", "tr", "th", "td", "div")
		.allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
		.allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
		.allowAttributes("class").matching(Pattern.compile("language-[\\w+#.-]+")).onElements("code")
		.allowAttributes("class").matching(Pattern.compile("callout callout-(note|tip|important|warning|caution)"))
		.onElements("div")
		.allowAttributes("role").matching(false, "note").onElements("div")
		.allowAttributes("class").matching(false, "callout-title").onElements("p")
		.allowElements(LessonHtmlPolicy::addRelsToExternalLink, "a")
		.allowAttributes("href", "title").onElements("a")
		.allowElements(LessonHtmlPolicy::requireSource, "img")
		.allowAttributes("src").matching(LessonHtmlPolicy::resolvedImage).onElements("img")
		.allowAttributes("alt", "title").onElements("img")
		.allowUrlProtocols("http", "https", "mailto")
		.toFactory();

	private LessonHtmlPolicy() {
	}

	static String sanitize(String html, Set<String> imageUrls) {
		return ScopedValue.where(IMAGE_URLS, Set.copyOf(imageUrls)).call(() -> POLICY.sanitize(html));
	}

	static String sanitize(String html) {
		return sanitize(html, Set.of());
	}

	private static @Nullable String resolvedImage(String element, String attribute, String url) {
		return IMAGE_URLS.isBound() && IMAGE_URLS.get().contains(url) ? url : null;
	}

	private static @Nullable String requireSource(String element, List<String> attributes) {
		return valueOf(attributes, "src") == null ? null : element;
	}

	private static String addRelsToExternalLink(String element, List<String> attributes) {
		String href = valueOf(attributes, "href");
		if (href != null && EXTERNAL.matcher(href).find()) {
			attributes.add("rel");
			attributes.add(EXTERNAL_RELS);
		}
		return element;
	}

	// The sanitizer passes attributes as a flat list: name, value, name, value…
	private static @Nullable String valueOf(List<String> attributes, String name) {
		for (int i = 0; i + 1 < attributes.size(); i += 2) {
			if (attributes.get(i).equals(name)) {
				return attributes.get(i + 1);
			}
		}
		return null;
	}

}
