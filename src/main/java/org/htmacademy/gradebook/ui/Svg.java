package org.htmacademy.gradebook.ui;

import java.util.Locale;

/** Writes SVG markup; every text and attribute value passes through {@link #escape}. */
final class Svg {

	private final StringBuilder out = new StringBuilder();

	Svg open(String tag, String... attributes) {
		out.append('<').append(tag);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
		}
		out.append('>');
		return this;
	}

	Svg close(String tag) {
		out.append("</").append(tag).append('>');
		return this;
	}

	/** An element with only text inside, such as {@code <title>} or {@code <text>}. */
	Svg text(String tag, String text, String... attributes) {
		return open(tag, attributes).append(text).close(tag);
	}

	/** An element with only a tooltip inside. */
	Svg titled(String tag, String tooltip, String... attributes) {
		return open(tag, attributes).text("title", tooltip).close(tag);
	}

	Svg empty(String tag, String... attributes) {
		open(tag, attributes);
		out.setLength(out.length() - 1);
		out.append("/>");
		return this;
	}

	private Svg append(String text) {
		out.append(escape(text));
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
