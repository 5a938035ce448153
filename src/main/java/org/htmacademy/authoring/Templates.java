package org.htmacademy.authoring;

import java.nio.charset.StandardCharsets;

/** What a new lesson starts with: the shape the authoring guide asks for. */
final class Templates {

	private Templates() {
	}

	static byte[] lesson(String title) {
		String heading = title == null || title.isBlank() ? "Untitled lesson" : title.strip();
		return ("# " + heading + "\n\nWrite the lesson here. Use ## headings for its sections.\n\n## References\n\n"
				+ "- Name the primary sources of this lesson precisely (organisation, document number, year, title).\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
