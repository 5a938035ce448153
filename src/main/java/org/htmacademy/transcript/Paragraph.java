package org.htmacademy.transcript;

import java.awt.Color;
import java.io.IOException;

import org.htmacademy.certificate.pdf.Canvas;
import org.htmacademy.certificate.pdf.Canvas.Align;
import org.htmacademy.certificate.pdf.FittedText;

/** Left-aligned text across the page, with room above and below. */
record Paragraph(FittedText text, Color color, float spaceAbove, float spaceBelow) implements Block {

	@Override
	public float height() {
		return spaceAbove + text.height() + spaceBelow;
	}

	@Override
	public void draw(Canvas canvas, float top) throws IOException {
		canvas.text(text, color, 0, Align.LEFT, TranscriptStyle.LEFT, top - spaceAbove);
	}

}
