package org.htmacademy.transcript;

import static org.htmacademy.transcript.TranscriptStyle.GRAY;
import static org.htmacademy.transcript.TranscriptStyle.INK;
import static org.htmacademy.transcript.TranscriptStyle.NAVY;
import static org.htmacademy.transcript.TranscriptStyle.RULE;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.htmacademy.certificate.pdf.Canvas.Align;
import org.htmacademy.transcript.TableRow.Cell;
import org.htmacademy.transcript.TableRow.Text;
import org.jspecify.annotations.Nullable;

/** CEUs per category with caps, then the total against the requirement; kept on one page. */
final class TotalsTable {

	private static final float[] COLUMNS = { 0, 300, 372, 444, TranscriptStyle.RIGHT - TranscriptStyle.LEFT };

	private TotalsTable() {
	}

	static Block of(RenewalProgress progress, TranscriptStyle style) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Paragraph(TranscriptStyle.line("CEUs by category", style.bold(), 11, width()), NAVY, 18, 4));
		blocks.add(row(style.bold(), 7.5f, GRAY, INK, "Category", "Earned", "Cap", "Counted"));
		for (CategoryTotal total : progress.categories()) {
			CategoryRule category = total.category();
			String cap = category.cap() == null ? "none" : Figures.number(category.cap());
			String name = category.code() + " · " + category.name() + (category.note().isEmpty() ? ""
					: " (" + category.note() + ")");
			blocks.add(row(style.sans(), 8, INK, RULE, name, Figures.number(total.earned()), cap,
					Figures.number(total.counted())));
		}
		String certification = progress.certification().code();
		blocks.add(row(style.bold(), 8.5f, INK, INK, "Total counted towards " + certification + " renewal", "", "",
				Figures.number(progress.counted())));
		blocks.add(row(style.sans(), 8, INK, null, "Required in this period", "", "",
				Figures.number(progress.required())));
		blocks.add(row(style.bold(), 8, progress.complete() ? NAVY : INK, null, "Still needed", "", "",
				Figures.number(progress.remaining())));
		return new Group(blocks, null);
	}

	private static TableRow row(PDFont font, float size, Color color, @Nullable Color rule, String... texts) {
		List<Cell> cells = new ArrayList<>();
		for (int column = 0; column < texts.length; column++) {
			float width = COLUMNS[column + 1] - COLUMNS[column];
			cells.add(new Cell(TranscriptStyle.LEFT + COLUMNS[column], width, column == 0 ? Align.LEFT : Align.RIGHT,
					List.of(new Text(TranscriptStyle.line(texts[column], font, size, width - 2 * TranscriptStyle.PADDING),
							color))));
		}
		return new TableRow(cells, null, rule, null);
	}

	private static float width() {
		return TranscriptStyle.RIGHT - TranscriptStyle.LEFT;
	}

}
