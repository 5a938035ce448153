package org.htmacademy.course.gift;

import java.util.ArrayList;
import java.util.List;

import org.htmacademy.course.gift.GiftWriter.Part;

/** GIFT text being written, which knows its current line and column so parts can be located. */
final class GiftOutput {

	private final StringBuilder text = new StringBuilder();

	private final List<Part> parts = new ArrayList<>();

	private int line = 1;

	private int lineStart;

	void part(int question, GiftField field, int index) {
		parts.add(new Part(question, field, index, line, text.length() - lineStart + 1));
	}

	GiftOutput append(String written) {
		for (int i = 0; i < written.length(); i++) {
			if (written.charAt(i) == '\n') {
				line++;
				lineStart = text.length() + i + 1;
			}
		}
		text.append(written);
		return this;
	}

	void newLine() {
		append("\n");
	}

	void blankLine() {
		append("\n\n");
	}

	String text() {
		return text + "\n";
	}

	List<Part> parts() {
		return parts;
	}

	/**
	 * A text as GIFT writes it: the characters that are syntax escaped with a backslash, a backslash doubled, and a
	 * line break as {@code \n}, so the text stays on one line and a blank line can never end the question.
	 */
	static String escape(String text) {
		String lines = text.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder out = new StringBuilder(lines.length() + 8);
		for (int i = 0; i < lines.length(); i++) {
			char c = lines.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
				case '\n' -> out.append("\\n");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * An answer or feedback text: one that starts with a format tag such as {@code [html]} is written after the
	 * question's own tag, which the parser strips instead of the text's.
	 */
	static String escapeInFormat(String text, TextFormat format) {
		return (startsWithTag(text) ? "[" + format.tag() + "]" : "") + escape(text);
	}

	static boolean startsWithTag(String text) {
		int close = text.indexOf(']');
		return text.startsWith("[") && close > 0 && TextFormat.fromTag(text.substring(1, close)).isPresent();
	}

}
