package org.htmacademy.certificate.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Refuses a text with a character the font lacks, which PDF/A forbids printing as an empty box. */
public final class Printable {

	private Printable() {
	}

	public static boolean prints(PDFont font, String text) {
		try {
			font.encode(text);
			return true;
		}
		catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}

	public static void require(String field, String text, PDFont font) {
		try {
			font.encode(text);
		}
		catch (IllegalArgumentException | IOException e) {
			throw new IllegalArgumentException(
					"The " + field + " has a character the certificate fonts cannot print: " + e.getMessage(), e);
		}
	}

}
