package org.htmacademy.common.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu faces shipped in {@code resources/fonts}, cut down to what a certificate prints: Latin (with
 * Vietnamese), Greek, Cyrillic, Armenian, Georgian, punctuation and common symbols. Public so that every archival
 * document (transcripts too) prints names the same way.
 * <p>
 * The cut leaves out scripts that need shaping or right-to-left order: names in those scripts print through
 * {@link NameFaces} (DD024).
 */
public enum CertificateFont {

	SANS("DejaVuSans.ttf"), SANS_BOLD("DejaVuSans-Bold.ttf"), SERIF_BOLD("DejaVuSerif-Bold.ttf"),
	SERIF_ITALIC("DejaVuSerif-Italic.ttf");

	private final String file;

	CertificateFont(String file) {
		this.file = file;
	}

	/** Whether the cut face has a glyph for the character. */
	public boolean covers(int codePoint) {
		try {
			return Parsed.FONTS.get(this).getUnicodeCmapLookup().getGlyphId(codePoint) != 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Embeds only the glyphs the document uses, so a certificate stays around 40 kB. */
	public PDType0Font embedIn(PDDocument document) throws IOException {
		return PDType0Font.load(document, Parsed.FONTS.get(this), true);
	}

	/**
	 * Parsing a font costs as much as rendering a whole certificate, so each file is parsed once, on first use.
	 * Class initialisation makes that thread-safe; fontbox guards its own lazy table reads.
	 */
	private static final class Parsed {

		/** Unicode blocks kept, first and last character. */
		private static final int[][] PRINTED = {
				{ 0x0020, 0x007E }, // Basic Latin
				{ 0x00A0, 0x036F }, // Latin-1, Latin Extended A and B, IPA, spacing modifiers, combining marks
				{ 0x0370, 0x03FF }, // Greek
				{ 0x0400, 0x052F }, // Cyrillic and its supplement
				{ 0x0530, 0x058F }, // Armenian: no joining or reordering, so no shaping needed
				{ 0x10A0, 0x10FF }, { 0x1C90, 0x1CBF }, { 0x2D00, 0x2D2F }, // Georgian, Mtavruli, Nuskhuri
				{ 0x1E00, 0x1FFF }, // Latin Extended Additional (Vietnamese), Greek Extended
				{ 0x2000, 0x209F }, // punctuation (dashes, quotes, bullet, ellipsis), super- and subscripts
				{ 0x20A0, 0x20CF }, // currency
				{ 0x2100, 0x2153 }, // letterlike: ℃, №, ™, Ω
				{ 0x2190, 0x2195 }, // arrows
				{ 0x2212, 0x2212 }, { 0x2248, 0x2248 }, { 0x2260, 0x2265 }, // − ≈ ≠ ≤ ≥
				{ 0x2713, 0x2713 }, { 0x2717, 0x2717 }, // ✓ ✗
		};

		/** The tables that draw and measure glyphs; not glyph substitution (GSUB), positioning or kerning. */
		private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
				"name", "OS/2", "post", "cvt ", "fpgm", "prep", "gasp");

		// after PRINTED and KEPT_TABLES, which parsing reads

		static final Map<CertificateFont, TrueTypeFont> FONTS = parseAll();

		private static Map<CertificateFont, TrueTypeFont> parseAll() {
			Map<CertificateFont, TrueTypeFont> fonts = new EnumMap<>(CertificateFont.class);
			for (CertificateFont font : values()) {
				fonts.put(font, parse(font.file));
			}
			return fonts;
		}

		private static TrueTypeFont parse(String file) {
			try (InputStream in = CertificateFont.class.getResourceAsStream("/fonts/" + file)) {
				if (in == null) {
					throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
				}
				// from bytes: fontbox's subsetter misreads a font parsed from a stream
				return printedCharacters(new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot parse font " + file, e);
			}
		}

		/**
		 * The font cut down to the glyphs of {@link #PRINTED}, and without its substitution and positioning tables.
		 * PDFBox writes the widths of every glyph of a font into each document before it subsets the font, and runs
		 * the substitutions on every text it writes: with the whole fonts, that was more than half of the time it
		 * takes to render a certificate (DD005).
		 */
		private static TrueTypeFont printedCharacters(TrueTypeFont whole) throws IOException {
			CmapLookup unicode = whole.getUnicodeCmapLookup();
			// named, or the subsetter copies the other tables as they are, with the whole font's glyph numbers
			TTFSubsetter cut = new TTFSubsetter(whole, KEPT_TABLES);
			for (int[] block : PRINTED) {
				for (int character = block[0]; character <= block[1]; character++) {
					if (unicode.getGlyphId(character) != 0) {
						cut.add(character);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
			cut.writeToStream(out);
			return new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray()));
		}

	}

}
