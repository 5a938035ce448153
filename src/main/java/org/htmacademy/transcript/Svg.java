package org.htmacademy.transcript;

/** Builds SVG markup with every text and attribute value escaped for XML. */
final class Svg {

	private final StringBuilder out = new StringBuilder(4096);

	void open(String name, Object... attributes) {
		start(name, attributes);
		out.append(">");
	}

	void close(String name) {
		out.append("</").append(name).append(">");
	}

	void empty(String name, Object... attributes) {
		start(name, attributes);
		out.append("/>");
	}

	void element(String name, String text, Object... attributes) {
		open(name, attributes);
		out.append(escape(text));
		close(name);
	}

	private void start(String name, Object... attributes) {
		out.append('<').append(name);
		for (int i = 0; i < attributes.length; i += 2) {
			out.append(' ').append(attributes[i]).append("=\"").append(escape(String.valueOf(attributes[i + 1])))
				.append('"');
		}
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					// XML 1.0 forbids most control characters even as references
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	@Override
	public String toString() {
		return out.toString();
	}

}
