package org.htmacademy.common.print;

import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One installed font, parsed twice from the same file: by fontbox, to embed it in PDFs, and by the JDK, whose
 * HarfBuzz shapes text with it. Both number glyphs as the file does, so the glyphs the JDK picks are the glyphs
 * PDFBox embeds.
 */
record NameFace(NameScript script, String file, TrueTypeFont pdfFont, Font shapingFont, float ascent,
		float descent) {

	/** The size the JDK shapes at: advances then come out in thousandths of an em, as PDF text space wants. */
	static final float SHAPING_SIZE = 1000f;

	static NameFace of(NameScript script, String file, TrueTypeFont pdfFont, Font awtFont) {
		try {
			float unitsPerEm = pdfFont.getUnitsPerEm();
			float ascent = pdfFont.getHorizontalHeader().getAscender() / unitsPerEm;
			float descent = -pdfFont.getHorizontalHeader().getDescender() / unitsPerEm;
			return new NameFace(script, file, pdfFont, awtFont.deriveFont(SHAPING_SIZE), ascent, descent);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read font " + file, e);
		}
	}

	boolean covers(int codePoint) {
		try {
			return pdfFont.getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
