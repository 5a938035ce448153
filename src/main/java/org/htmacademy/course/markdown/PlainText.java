package org.htmacademy.course.markdown;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a reader sees in a Markdown tree: no markup, no URLs, no raw HTML. */
final class PlainText extends AbstractVisitor {

	private final StringBuilder text = new StringBuilder();

	private final boolean withImageAlt;

	private PlainText(boolean withImageAlt) {
		this.withImageAlt = withImageAlt;
	}

	/** The text of a node on one line, e.g. a heading's or an image's alt text. */
	static String of(Node node) {
		PlainText visitor = new PlainText(true);
		visitor.visitChildren(node);
		return visitor.text.toString().strip().replaceAll("\\s+", " ");
	}

	/** Whitespace-separated tokens with at least one letter or digit: "TCP/IP" and "10.1.20.5" are one word each. */
	static int countWords(Node node) {
		PlainText visitor = new PlainText(false);
		node.accept(visitor);
		int words = 0;
		for (String token : visitor.text.toString().split("\\s+")) {
			if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
				words++;
			}
		}
		return words;
	}

	@Override
	public void visit(Text node) {
		text.append(node.getLiteral());
	}

	@Override
	public void visit(Code node) {
		text.append(node.getLiteral());
	}

	@Override
	public void visit(FencedCodeBlock node) {
		text.append(' ').append(node.getLiteral()).append(' ');
	}

	@Override
	public void visit(IndentedCodeBlock node) {
		text.append(' ').append(node.getLiteral()).append(' ');
	}

	@Override
	public void visit(SoftLineBreak node) {
		text.append(' ');
	}

	@Override
	public void visit(HardLineBreak node) {
		text.append(' ');
	}

	@Override
	public void visit(Image node) {
		if (withImageAlt) {
			visitChildren(node);
		}
	}

	@Override
	protected void visitChildren(Node parent) {
		boolean separate = parent instanceof Block || parent instanceof TableCell;
		if (separate) {
			text.append(' ');
		}
		super.visitChildren(parent);
		if (separate) {
			text.append(' ');
		}
	}

}
