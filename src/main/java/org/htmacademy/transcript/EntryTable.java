package org.htmacademy.transcript;

import static org.htmacademy.transcript.TranscriptStyle.GRAY;
import static org.htmacademy.transcript.TranscriptStyle.INK;
import static org.htmacademy.transcript.TranscriptStyle.NAVY;
import static org.htmacademy.transcript.TranscriptStyle.RULE;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.htmacademy.certificate.pdf.Canvas.Align;
import org.htmacademy.transcript.RenewalProgress.CountedEntry;
import org.htmacademy.transcript.TableRow.Cell;
import org.htmacademy.transcript.TableRow.Text;

/** The transcript's list of CE activities: one row each, HTM Academy's marked with a check, self-reported tinted. */
final class EntryTable {

	static final String HTM_ACADEMY_MARK = "✓ HTM Academy";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

	private static final String[] HEADINGS = { "Date", "Course or activity · provider", "Cat.", "Hours", "CEUs",
			"Certificate no.", "Source" };

	private static final Align[] ALIGN = { Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.LEFT,
			Align.LEFT };

	private EntryTable() {
	}

	static List<Block> rows(List<CountedEntry> entries, TranscriptStyle style) {
		TableRow heading = heading(style);
		List<Block> rows = new ArrayList<>();
		for (CountedEntry entry : entries) {
			TableRow row = row(entry, style, heading);
			// the heading never stands alone at the foot of a page
			rows.add(rows.isEmpty() ? new Group(List.of(heading, row), null) : row);
		}
		return rows;
	}

	private static TableRow heading(TranscriptStyle style) {
		List<Cell> cells = new ArrayList<>();
		for (int column = 0; column < HEADINGS.length; column++) {
			cells.add(cell(column, new Text(TranscriptStyle.cell(HEADINGS[column], style.bold(), 7.5f, column), GRAY)));
		}
		return new TableRow(cells, null, INK, null);
	}

	private static TableRow row(CountedEntry counted, TranscriptStyle style, TableRow heading) {
		CeEntry entry = counted.entry();
		boolean ours = entry.source() == EntrySource.HTM_ACADEMY;
		String hours = entry.credit().contactHours() == null ? "–" : Figures.number(entry.credit().contactHours());
		String number = entry.certificateNumber() == null ? "–" : entry.certificateNumber();
		Text source = ours ? new Text(TranscriptStyle.cell(HTM_ACADEMY_MARK, style.bold(), 8, 6), NAVY)
				: new Text(TranscriptStyle.cell(EntrySource.SELF_REPORTED.label(), style.bold(), 8, 6),
						TranscriptStyle.SELF_REPORTED_INK);
		List<Cell> cells = List.of(cell(0, text(DATE.format(entry.completedOn()), style, 0)),
				cell(1, text(entry.title(), style, 1),
						new Text(TranscriptStyle.cell(entry.provider(), style.sans(), 7, 1), GRAY)),
				cell(2, text(entry.categoryCode(), style, 2)), cell(3, text(hours, style, 3)),
				cell(4, text(Figures.number(counted.ceus()), style, 4)),
				cell(5, new Text(TranscriptStyle.cell(number, style.sans(), 7.5f, 5), INK)),
				cell(6, source));
		return new TableRow(cells, ours ? null : TranscriptStyle.SELF_REPORTED_TINT, RULE, heading);
	}

	private static Text text(String text, TranscriptStyle style, int column) {
		return new Text(TranscriptStyle.cell(text, style.sans(), 8, column), INK);
	}

	private static Cell cell(int column, Text... texts) {
		return new Cell(TranscriptStyle.columnLeft(column), TranscriptStyle.columnWidth(column), ALIGN[column],
				List.of(texts));
	}

}
