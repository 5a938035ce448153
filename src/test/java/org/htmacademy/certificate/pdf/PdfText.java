package org.htmacademy.certificate.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Text read back from a rendered certificate, with where each run of text sits in PDF user space. */
final class PdfText {

	/** A run of text and its box, y measured upward from the bottom of the page like the layout. */
	record Run(String text, Rectangle2D box) {
	}

	private PdfText() {
	}

	static String of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Run> runs(byte[] pdf) {
		List<Run> runs = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			float pageHeight = document.getPage(0).getMediaBox().getHeight();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					Rectangle2D box = null;
					for (TextPosition p : positions) {
						// glyph box from font size: TextPosition's own height is only the cap height
						float size = p.getFontSizeInPt();
						Rectangle2D glyph = new Rectangle2D.Float(p.getXDirAdj(),
								pageHeight - p.getYDirAdj() - 0.24f * size, p.getWidthDirAdj(), 1.17f * size);
						box = box == null ? glyph : box.createUnion(glyph);
					}
					if (box != null) {
						runs.add(new Run(text, box));
					}
				}
			};
			stripper.getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return runs;
	}

}
