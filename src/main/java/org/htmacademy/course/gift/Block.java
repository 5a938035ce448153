package org.htmacademy.course.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one question as Moodle sees it: the non-blank lines between blank lines, each trimmed, comment
 * lines replaced by a space, joined with newlines, escapes replaced by placeholders. Every character keeps the
 * line and column it came from, so problems can point into the source.
 */
final class Block {

	private final String text;
	private final int[] lines;
	private final int[] columns;

	private Block(String text, int[] lines, int[] columns) {
		this.text = text;
		this.lines = lines;
		this.columns = columns;
	}

	/** Splits a file into blocks; tolerates a byte-order mark and CRLF, CR or LF line ends. */
	static List<Block> split(String source) {
		String content = source.startsWith("\uFEFF") ? source.substring(1) : source;
		String[] sourceLines = content.split("\r\n|\r|\n", -1);
		List<Block> blocks = new ArrayList<>();
		Builder current = null;
		for (int index = 0; index < sourceLines.length; index++) {
			String line = sourceLines[index];
			int start = 0;
			int end = line.length();
			while (start < end && Escapes.isTrimmed(line.charAt(start))) {
				start++;
			}
			while (end > start && Escapes.isTrimmed(line.charAt(end - 1))) {
				end--;
			}
			if (start == end) {
				if (current != null) {
					blocks.add(current.build());
					current = null;
				}
				continue;
			}
			if (current == null) {
				current = new Builder();
			}
			current.addLine(line.substring(start, end), index + 1, start + 1);
		}
		if (current != null) {
			blocks.add(current.build());
		}
		return blocks;
	}

	String text() {
		return text;
	}

	Span all() {
		return new Span(this, 0, text.length());
	}

	int line(int index) {
		return text.isEmpty() ? 1 : lines[Math.clamp(index, 0, text.length() - 1)];
	}

	int column(int index) {
		if (text.isEmpty()) {
			return 1;
		}
		return index >= text.length() ? columns[text.length() - 1] + 1 : columns[Math.max(index, 0)];
	}

	private static final class Builder {
		private final StringBuilder text = new StringBuilder();
		private final IntList lines = new IntList();
		private final IntList columns = new IntList();
		private int lastLine;
		private int lastColumn;

		void addLine(String content, int line, int firstColumn) {
			if (!text.isEmpty()) {
				text.append('\n');
				lines.add(lastLine);
				columns.add(lastColumn + 1);
			}
			if (content.startsWith("//")) {
				text.append(' ');
				columns.add(firstColumn);
			} else {
				Escapes.encode(content, firstColumn, text, columns);
			}
			while (lines.size() < columns.size()) {
				lines.add(line);
			}
			lastLine = line;
			lastColumn = firstColumn + content.length() - 1;
		}

		Block build() {
			return new Block(text.toString(), lines.toArray(), columns.toArray());
		}
	}
}
