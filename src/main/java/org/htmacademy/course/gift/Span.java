package org.htmacademy.course.gift;

/** A slice of a {@link Block} by absolute indices, so every piece of a question still knows where it came from. */
record Span(Block block, int start, int end) {

	/** The slice with placeholders still in place: what the parser inspects for syntax. */
	String raw() {
		return block.text().substring(start, end);
	}

	/** The finished text: escapes resolved and trimmed, as Moodle stores it. */
	String text() {
		return Escapes.trim(Escapes.decode(raw()));
	}

	boolean isEmpty() {
		return start == end;
	}

	char charAt(int index) {
		return block.text().charAt(index);
	}

	boolean startsWith(String prefix) {
		return block.text().startsWith(prefix, start) && start + prefix.length() <= end;
	}

	/** The absolute index of {@code needle} at or after {@code from}, or -1. */
	int indexOf(String needle, int from) {
		int found = block.text().indexOf(needle, Math.max(from, start));
		return found >= 0 && found + needle.length() <= end ? found : -1;
	}

	int indexOf(String needle) {
		return indexOf(needle, start);
	}

	int lastIndexOf(String needle) {
		int found = block.text().lastIndexOf(needle, end - needle.length());
		return found >= start ? found : -1;
	}

	Span from(int index) {
		return new Span(block, index, end);
	}

	Span to(int index) {
		return new Span(block, start, index);
	}

	Span trim() {
		int newStart = start;
		int newEnd = end;
		while (newStart < newEnd && Escapes.isTrimmed(charAt(newStart))) {
			newStart++;
		}
		while (newEnd > newStart && Escapes.isTrimmed(charAt(newEnd - 1))) {
			newEnd--;
		}
		return new Span(block, newStart, newEnd);
	}

	int line() {
		return block.line(start);
	}

	int column() {
		return block.column(start);
	}
}
