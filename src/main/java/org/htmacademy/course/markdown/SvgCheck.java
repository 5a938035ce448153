package org.htmacademy.course.markdown;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.DTD;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.PROCESSING_INSTRUCTION;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

/**
 * Checks that an SVG image of a course can do nothing but draw: no scripts, no event handlers, no embedded HTML,
 * nothing loaded from elsewhere. A learner may open the image on its own, where a script would run. Thread-safe.
 */
public final class SvgCheck {

	private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")\\s]*)");

	private static final Pattern IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);

	private static final Pattern PSEUDO_HREF = Pattern.compile("href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

	public List<LessonIssue> check(String svgSource) {
		SvgSource source = new SvgSource(svgSource.startsWith("\uFEFF") ? svgSource.substring(1) : svgSource);
		List<LessonIssue> issues = new ArrayList<>();
		try {
			XMLStreamReader xml = secureFactory().createXMLStreamReader(new StringReader(source.text()));
			try {
				scan(xml, source, issues);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException e) {
			issues.add(LessonIssue.error(position(e.getLocation()), "not well-formed XML: " + parserMessage(e)));
		}
		return List.copyOf(issues);
	}

	private static SourcePosition position(@Nullable Location location) {
		return location == null || location.getLineNumber() < 1 ? SourcePosition.START
				: new SourcePosition(location.getLineNumber(), Math.max(location.getColumnNumber(), 1));
	}

	private static void scan(XMLStreamReader xml, SvgSource source, List<LessonIssue> issues)
			throws XMLStreamException {
		boolean root = true;
		int styleStart = -1;
		while (xml.hasNext()) {
			switch (xml.next()) {
				case START_ELEMENT -> {
					int tagEnd = xml.getLocation().getCharacterOffset();
					int tagStart = source.tagStart(tagEnd);
					String element = xml.getLocalName();
					if (root && !element.equals("svg")) {
						issues.add(LessonIssue.error(source.position(tagStart),
								"the root element is <" + element + ">, not <svg>"));
					}
					root = false;
					checkElement(xml, source, tagStart, tagEnd, issues);
					if (element.equalsIgnoreCase("style")) {
						styleStart = tagStart;
					}
				}
				case END_ELEMENT -> {
					if (xml.getLocalName().equalsIgnoreCase("style")) {
						styleStart = -1;
					}
				}
				case CHARACTERS, CDATA -> {
					if (styleStart >= 0) {
						checkStyleSheet(xml.getText(), source.position(styleStart), "<style>", issues);
					}
				}
				case DTD -> {
					// Without DTD support the parser ignores the DOCTYPE, but a browser would expand its entities.
					if (xml.getText().contains("[")) {
						issues.add(LessonIssue.error(source.position(Math.max(source.text().indexOf("<!DOCTYPE"), 0)),
								"a DOCTYPE with its own declarations ([…]) is not allowed"));
					}
				}
				case PROCESSING_INSTRUCTION -> checkStyleSheetInstruction(xml, source, issues);
				default -> {
				}
			}
		}
	}

	private static void checkElement(XMLStreamReader xml, SvgSource source, int tagStart, int tagEnd,
			List<LessonIssue> issues) {
		String element = xml.getLocalName();
		if (element.equalsIgnoreCase("script")) {
			issues.add(LessonIssue.error(source.position(tagStart), "<script> is not allowed in an SVG image"));
		}
		if (element.equalsIgnoreCase("foreignObject")) {
			issues.add(LessonIssue.error(source.position(tagStart),
					"<foreignObject> is not allowed in an SVG image: it can embed HTML"));
		}
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String prefix = xml.getAttributePrefix(i);
			String name = xml.getAttributeLocalName(i);
			String qualifiedName = prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
			String value = xml.getAttributeValue(i);
			SourcePosition at = source.position(source.attributeStart(tagStart, tagEnd, qualifiedName));
			checkAttribute(qualifiedName, name, value, at, issues);
		}
	}

	private static void checkAttribute(String qualifiedName, String name, String value, SourcePosition at,
			List<LessonIssue> issues) {
		String lowerName = name.toLowerCase(Locale.ROOT);
		if (lowerName.startsWith("on") && lowerName.length() > 2) {
			issues.add(LessonIssue.error(at, "event-handler attribute " + qualifiedName + " is not allowed"));
		}
		if (lowerName.equals("attributename") && value.strip().toLowerCase(Locale.ROOT).startsWith("on")) {
			issues.add(LessonIssue.error(at,
					"animating the event-handler attribute " + value.strip() + " is not allowed"));
		}
		RawHtml.scriptScheme(value).ifPresent(
				scheme -> issues.add(LessonIssue.error(at, scheme + ": URL in " + qualifiedName + " is not allowed")));
		if (lowerName.equals("href") && isExternal(value)) {
			issues.add(LessonIssue.error(at, qualifiedName + " refers to " + value.strip()
					+ " outside the image; put the resource in the SVG file"));
		}
		if (lowerName.equals("style") || value.contains("url(")) {
			checkStyleSheet(value, at, qualifiedName, issues);
		}
	}

	private static void checkStyleSheet(String css, SourcePosition at, String where, List<LessonIssue> issues) {
		if (IMPORT.matcher(css).find()) {
			issues.add(LessonIssue.error(at,
					"@import in " + where + " is not allowed; keep all styles in the SVG file"));
		}
		Matcher url = CSS_URL.matcher(css);
		while (url.find()) {
			if (isExternal(url.group(1))) {
				issues.add(LessonIssue.error(at, where + " refers to " + url.group(1)
						+ " outside the image; put the resource in the SVG file"));
			}
		}
	}

	private static void checkStyleSheetInstruction(XMLStreamReader xml, SvgSource source, List<LessonIssue> issues) {
		if (!"xml-stylesheet".equals(xml.getPITarget()) || xml.getPIData() == null) {
			return;
		}
		Matcher href = PSEUDO_HREF.matcher(xml.getPIData());
		if (href.find()) {
			String url = href.group(1) != null ? href.group(1) : href.group(2);
			int start = source.tagStart(xml.getLocation().getCharacterOffset());
			issues.add(LessonIssue.error(source.position(start), "<?xml-stylesheet?> loads " + url
					+ "; keep all styles in the SVG file"));
		}
	}

	/** Anything with a scheme other than data:, or starting with "//", is fetched from elsewhere. */
	private static boolean isExternal(String url) {
		String trimmed = url.strip().toLowerCase(Locale.ROOT);
		return trimmed.startsWith("//") || trimmed.matches("^[a-z][a-z0-9+.-]*:.*") && !trimmed.startsWith("data:")
				&& RawHtml.scriptScheme(trimmed).isEmpty();
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory;
	}

	private static String parserMessage(XMLStreamException e) {
		String message = String.valueOf(e.getMessage());
		int start = message.indexOf("Message: ");
		return (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
	}

}
