package org.htmacademy.transcript;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.htmacademy.certificate.pdf.Canvas;
import org.htmacademy.certificate.pdf.Canvas.Align;
import org.htmacademy.certificate.pdf.FittedText;
import org.jspecify.annotations.Nullable;

/** A table row: cells of stacked texts, an optional tint behind it and an optional rule below. */
record TableRow(List<Cell> cells, @Nullable Color tint, @Nullable Color rule, @Nullable Block heading)
		implements Block {

	/** Texts stacked top to bottom in one cell, e.g. a course title and its provider below it. */
	record Cell(float left, float width, Align align, List<Text> texts) {

		float height() {
			return (float) texts.stream().mapToDouble(t -> t.text().height()).sum();
		}

	}

	record Text(FittedText text, Color color) {
	}

	TableRow {
		cells = List.copyOf(cells);
	}

	@Override
	public float height() {
		return (float) cells.stream().mapToDouble(Cell::height).max().orElse(0) + 2 * TranscriptStyle.PADDING;
	}

	@Override
	public void draw(Canvas canvas, float top) throws IOException {
		float height = height();
		if (tint != null) {
			PDPageContentStream content = canvas.content();
			content.setNonStrokingColor(tint);
			content.addRect(TranscriptStyle.LEFT, top - height, TranscriptStyle.RIGHT - TranscriptStyle.LEFT, height);
			content.fill();
		}
		for (Cell cell : cells) {
			float y = top - TranscriptStyle.PADDING;
			float x = switch (cell.align()) {
				case LEFT -> cell.left() + TranscriptStyle.PADDING;
				case CENTER -> cell.left() + cell.width() / 2;
				case RIGHT -> cell.left() + cell.width() - TranscriptStyle.PADDING;
			};
			for (Text text : cell.texts()) {
				y = canvas.text(text.text(), text.color(), 0, cell.align(), x, y);
			}
		}
		if (rule != null) {
			canvas.line(TranscriptStyle.LEFT, top - height, TranscriptStyle.RIGHT, top - height, rule, 0.5f);
		}
	}

}
