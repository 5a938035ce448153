package org.htmacademy.transcript;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.htmacademy.common.CsvField;
import org.htmacademy.transcript.RenewalProgress.CountedEntry;

/**
 * A transcript's entries as CSV for spreadsheets: RFC 4180 (CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled), with one row per activity under a header row. A cell that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so a
 * self-reported title cannot become a formula on an employer's computer.
 */
public final class TranscriptCsv {

	static final List<String> HEADER = List.of("Date", "Course or activity", "Provider", "Category", "Contact hours",
			"CEUs", "Certificate number", "Source");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TranscriptCsv() {
	}

	public static String csv(RenewalProgress progress) {
		StringBuilder out = new StringBuilder(256 + progress.entries().size() * 128);
		appendRow(out, HEADER);
		for (CountedEntry counted : progress.entries()) {
			CeEntry entry = counted.entry();
			appendRow(out, List.of(entry.completedOn().toString(), entry.title(), entry.provider(),
					entry.categoryCode(), Figures.exact(entry.credit().contactHours()), Figures.exact(counted.ceus()),
					entry.certificateNumber() == null ? "" : entry.certificateNumber(), entry.source().label()));
		}
		return out.toString();
	}

	/** UTF-8 with a byte order mark, which Excel needs to read "Zoë" as Zoë; send as text/csv; charset=UTF-8. */
	public static byte[] bytes(RenewalProgress progress) {
		byte[] text = csv(progress).getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, bytes, 0, BOM.length);
		System.arraycopy(text, 0, bytes, BOM.length, text.length);
		return bytes;
	}

	private static void appendRow(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(cells.get(i)));
		}
		out.append("\r\n");
	}

	static String field(String value) {
		return CsvField.of(value);
	}

}
