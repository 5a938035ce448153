package org.htmacademy.transcript;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.htmacademy.certificate.pdf.Canvas;
import org.htmacademy.certificate.pdf.Canvas.Align;
import org.htmacademy.certificate.pdf.FittedText;
import org.htmacademy.common.print.ShapedName;

/**
 * The "Learner" line for a name DejaVu cannot print: the name shaped in its own script's font, like the
 * certificate's, on one line and shrunk to fit.
 */
record LearnerRow(PDDocument pdf, ShapedName name, FittedText label, float size) implements Block {

	private static final float LABEL_WIDTH = 80;

	private static final float MAX_SIZE = 12;

	static LearnerRow of(PDDocument pdf, ShapedName name, TranscriptStyle style) {
		float width = TranscriptStyle.RIGHT - TranscriptStyle.LEFT - LABEL_WIDTH - 2 * TranscriptStyle.PADDING;
		return new LearnerRow(pdf, name, TranscriptStyle.line("Learner", style.sans(), 8.5f, LABEL_WIDTH),
				Math.min(MAX_SIZE, width / name.width(1)));
	}

	@Override
	public float height() {
		return name.height(size) + 2 * TranscriptStyle.PADDING;
	}

	@Override
	public void draw(Canvas canvas, float top) throws IOException {
		float y = top - TranscriptStyle.PADDING;
		canvas.text(label, TranscriptStyle.GRAY, 0, Align.LEFT, TranscriptStyle.LEFT, y);
		name.draw(pdf, canvas.content(), TranscriptStyle.LEFT + LABEL_WIDTH, y - name.ascent(size), size,
				TranscriptStyle.INK);
	}

}
