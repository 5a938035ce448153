package org.htmacademy.transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.htmacademy.common.print.CertificateFont;
import org.htmacademy.certificate.pdf.Printable;

/**
 * Whether the transcript PDF can print a learner's text, checked when they save it rather than when they export:
 * DejaVu prints Łukasz and Ødegård, but not an emoji, and PDF/A forbids printing an empty box instead.
 */
final class PrintableText {

	private PrintableText() {
	}

	/** The first character the transcript's font lacks, if any. */
	static Optional<String> firstUnprintable(String text) {
		try (PDDocument scratch = new PDDocument()) {
			PDFont font = CertificateFont.SANS.embedIn(scratch);
			if (Printable.prints(font, text)) {
				return Optional.empty();
			}
			return text.codePoints()
				.mapToObj(Character::toString)
				.filter(character -> !Printable.prints(font, character))
				.findFirst();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
