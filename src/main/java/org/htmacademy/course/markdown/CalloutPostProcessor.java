package org.htmacademy.course.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns a top-level block quote whose first line is {@code [!KIND]} into a {@link Callout}. commonmark-java has no
 * alerts extension at the version we use, so this follows GitHub's rules: the marker stands alone on the first
 * line, and alerts are not nested in other blocks.
 */
final class CalloutPostProcessor implements PostProcessor {

	private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]+)]\\s*");

	@Override
	public Node process(Node document) {
		for (Node block = document.getFirstChild(); block != null;) {
			Node next = block.getNext();
			if (block instanceof BlockQuote quote) {
				markerWord(quote).flatMap(Callout.Kind::of).ifPresent(kind -> replace(quote, kind));
			}
			block = next;
		}
		return document;
	}

	/** The word in a {@code [!WORD]} first line, whether or not it names a known kind. */
	static Optional<String> markerWord(BlockQuote quote) {
		if (!(quote.getFirstChild() instanceof Paragraph paragraph)) {
			return Optional.empty();
		}
		StringBuilder firstLine = new StringBuilder();
		for (Node inline : firstLine(paragraph)) {
			if (!(inline instanceof Text text)) {
				return Optional.empty();
			}
			firstLine.append(text.getLiteral());
		}
		Matcher marker = MARKER.matcher(firstLine);
		return marker.matches() ? Optional.of(marker.group(1)) : Optional.empty();
	}

	private static void replace(BlockQuote quote, Callout.Kind kind) {
		Paragraph paragraph = (Paragraph) quote.getFirstChild();
		List<Node> marker = firstLine(paragraph);
		Node lineBreak = marker.getLast().getNext();
		marker.forEach(Node::unlink);
		if (lineBreak != null) {
			lineBreak.unlink();
		}
		if (paragraph.getFirstChild() == null) {
			paragraph.unlink();
		}
		Callout callout = new Callout(kind);
		callout.setSourceSpans(quote.getSourceSpans());
		while (quote.getFirstChild() != null) {
			callout.appendChild(quote.getFirstChild());
		}
		quote.insertBefore(callout);
		quote.unlink();
	}

	private static List<Node> firstLine(Paragraph paragraph) {
		List<Node> inlines = new ArrayList<>();
		for (Node inline = paragraph.getFirstChild(); inline != null
				&& !(inline instanceof SoftLineBreak || inline instanceof HardLineBreak); inline = inline.getNext()) {
			inlines.add(inline);
		}
		return inlines;
	}

}
