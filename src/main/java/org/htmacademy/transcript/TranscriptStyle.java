package org.htmacademy.transcript;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.htmacademy.common.print.CertificateFont;
import org.htmacademy.certificate.pdf.FittedText;
import org.htmacademy.certificate.pdf.TextFitter;
import org.htmacademy.certificate.pdf.TextFitter.Fit;

/** Page, columns, colours and fonts of the transcript; the fonts are the certificate's, embedded per document. */
record TranscriptStyle(PDFont sans, PDFont bold, PDFont serifBold) {

	static final PDRectangle PAGE = PDRectangle.LETTER;

	static final float LEFT = 48;

	static final float RIGHT = PAGE.getWidth() - 48;

	static final float TOP = PAGE.getHeight() - 48;

	/** Content stops here; the footer sits below. */
	static final float BOTTOM = 64;

	static final float PADDING = 3.5f;

	/** Column left edges from {@link #LEFT}: date, activity, category, hours, CEUs, certificate number, source. */
	static final float[] COLUMNS = { 0, 62, 216, 242, 276, 312, 428, RIGHT - LEFT };

	static final Color NAVY = new Color(27, 54, 93);

	static final Color INK = new Color(30, 32, 36);

	static final Color GRAY = new Color(92, 98, 106);

	static final Color RULE = new Color(190, 194, 200);

	/** Self-reported rows are tinted, so they stand apart even when printed in black and white. */
	static final Color SELF_REPORTED_TINT = new Color(246, 240, 226);

	static final Color SELF_REPORTED_INK = new Color(122, 88, 24);

	static TranscriptStyle embedIn(PDDocument pdf) throws IOException {
		return new TranscriptStyle(CertificateFont.SANS.embedIn(pdf), CertificateFont.SANS_BOLD.embedIn(pdf),
				CertificateFont.SERIF_BOLD.embedIn(pdf));
	}

	static float columnLeft(int column) {
		return LEFT + COLUMNS[column];
	}

	static float columnWidth(int column) {
		return COLUMNS[column + 1] - COLUMNS[column];
	}

	/** Text wrapped to a column's inner width, at most four lines; one size throughout, as a table should read. */
	static FittedText cell(String text, PDFont font, float size, int column) {
		return TextFitter.fit(text, font, new Fit(size, size, 4), columnWidth(column) - 2 * PADDING);
	}

	static FittedText line(String text, PDFont font, float size, float width) {
		return TextFitter.fit(text, font, new Fit(size, size, 20), width);
	}

}
