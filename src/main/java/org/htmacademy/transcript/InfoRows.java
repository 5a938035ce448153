package org.htmacademy.transcript;

import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.htmacademy.certificate.pdf.Canvas.Align;
import org.htmacademy.transcript.TableRow.Cell;
import org.htmacademy.transcript.TableRow.Text;

/** "Label  value" lines under the transcript's title. */
final class InfoRows {

	private static final float LABEL_WIDTH = 80;

	private InfoRows() {
	}

	static TableRow row(String label, String value, PDFont valueFont, float size, TranscriptStyle style) {
		float valueWidth = TranscriptStyle.RIGHT - TranscriptStyle.LEFT - LABEL_WIDTH;
		Cell labelCell = new Cell(TranscriptStyle.LEFT - TranscriptStyle.PADDING, LABEL_WIDTH, Align.LEFT,
				List.of(new Text(TranscriptStyle.line(label, style.sans(), 8.5f, LABEL_WIDTH), TranscriptStyle.GRAY)));
		Cell valueCell = new Cell(TranscriptStyle.LEFT + LABEL_WIDTH - TranscriptStyle.PADDING, valueWidth, Align.LEFT,
				List.of(new Text(TranscriptStyle.line(value, valueFont, size, valueWidth), TranscriptStyle.INK)));
		return new TableRow(List.of(labelCell, valueCell), null, null, null);
	}

}
