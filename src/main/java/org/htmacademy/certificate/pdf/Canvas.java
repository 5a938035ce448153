package org.htmacademy.certificate.pdf;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Drawing primitives in the certificate's vocabulary, over one page's content stream. */
public record Canvas(PDPageContentStream content) {

	public enum Align {

		LEFT, CENTER, RIGHT

	}

	/** Draws the lines downward from {@code top}; returns the y below the last line. */
	public float text(FittedText text, Color color, float charSpacing, Align align, float x, float top) throws IOException {
		float y = top;
		content.setNonStrokingColor(color);
		for (String line : text.lines()) {
			float width = text.width(line) + charSpacing * (line.codePointCount(0, line.length()) - 1);
			float left = switch (align) {
				case LEFT -> x;
				case CENTER -> x - width / 2;
				case RIGHT -> x - width;
			};
			content.beginText();
			content.setFont(text.font(), text.size());
			content.setCharacterSpacing(charSpacing);
			content.newLineAtOffset(left, y - text.size() * FittedText.ASCENT);
			content.showText(line);
			content.endText();
			y -= text.lineHeight();
		}
		return y;
	}

	public void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
		content.setStrokingColor(color);
		content.setLineWidth(width);
		content.moveTo(x1, y1);
		content.lineTo(x2, y2);
		content.stroke();
	}

	public void frame(PDRectangle box, float inset, Color color, float width) throws IOException {
		content.setStrokingColor(color);
		content.setLineWidth(width);
		content.addRect(box.getLowerLeftX() + inset, box.getLowerLeftY() + inset, box.getWidth() - 2 * inset,
				box.getHeight() - 2 * inset);
		content.stroke();
	}

	void diamond(float x, float y, float radius, Color color) throws IOException {
		content.setNonStrokingColor(color);
		content.moveTo(x, y + radius);
		content.lineTo(x + radius, y);
		content.lineTo(x, y - radius);
		content.lineTo(x - radius, y);
		content.closePath();
		content.fill();
	}

	void circle(float x, float y, float r, Color color, float width) throws IOException {
		// four Bézier arcs; 0.5523 is the control-point distance that best approximates a quarter circle
		float k = 0.5523f * r;
		content.setStrokingColor(color);
		content.setLineWidth(width);
		content.moveTo(x + r, y);
		content.curveTo(x + r, y + k, x + k, y + r, x, y + r);
		content.curveTo(x - k, y + r, x - r, y + k, x - r, y);
		content.curveTo(x - r, y - k, x - k, y - r, x, y - r);
		content.curveTo(x + k, y - r, x + r, y - k, x + r, y);
		content.closePath();
		content.stroke();
	}

}
