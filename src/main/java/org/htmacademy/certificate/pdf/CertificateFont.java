package org.htmacademy.certificate.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu faces shipped in {@code resources/fonts}; they cover Latin, Greek, Cyrillic and Vietnamese. Public so
 * that every archival document (transcripts too) prints names the same way.
 */
public enum CertificateFont {

	SANS("DejaVuSans.ttf"), SANS_BOLD("DejaVuSans-Bold.ttf"), SERIF_BOLD("DejaVuSerif-Bold.ttf"),
	SERIF_ITALIC("DejaVuSerif-Italic.ttf");

	private final String file;

	CertificateFont(String file) {
		this.file = file;
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
				return new TTFParser().parse(new RandomAccessReadBuffer(in));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot parse font " + file, e);
			}
		}

	}

}
