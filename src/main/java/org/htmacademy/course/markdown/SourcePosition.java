package org.htmacademy.course.markdown;

import java.util.List;

import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** A 1-based line and column. */
record SourcePosition(int line, int column) {

	static final SourcePosition START = new SourcePosition(1, 1);

	/** Where a node starts, or where its nearest ancestor with a known position starts. */
	static SourcePosition of(Node node) {
		for (Node n = node; n != null; n = n.getParent()) {
			if (!n.getSourceSpans().isEmpty()) {
				SourceSpan first = n.getSourceSpans().getFirst();
				return new SourcePosition(first.getLineIndex() + 1, first.getColumnIndex() + 1);
			}
		}
		return START;
	}

	/**
	 * Where a character of a node's literal comes from. commonmark joins the node's lines with "\n" and keeps one
	 * source span per line, so the offset is walked through the spans.
	 */
	static SourcePosition of(Node node, int offset) {
		List<SourceSpan> spans = node.getSourceSpans();
		int remaining = offset;
		for (SourceSpan span : spans) {
			if (remaining <= span.getLength()) {
				return new SourcePosition(span.getLineIndex() + 1, span.getColumnIndex() + remaining + 1);
			}
			remaining -= span.getLength() + 1;
		}
		return of(node);
	}

	/** A position in plain text, e.g. an SVG file. */
	static SourcePosition of(String text, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new SourcePosition(line, offset - lineStart + 1);
	}

}
