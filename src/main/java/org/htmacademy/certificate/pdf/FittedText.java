package org.htmacademy.certificate.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text broken into lines that fit a width, at the size chosen by {@link TextFitter}. */
public record FittedText(PDFont font, float size, List<String> lines) {

	static final float LEADING = 1.22f;

	/** DejaVu's ascender; placing the baseline this far below a line's top keeps accents inside the line. */
	static final float ASCENT = 0.93f;

	public FittedText {
		lines = List.copyOf(lines);
	}

	public float lineHeight() {
		return size * LEADING;
	}

	public float height() {
		return lines.size() * lineHeight();
	}

	public float width(String line) {
		return width(font, size, line);
	}

	public float widest() {
		return (float) lines.stream().mapToDouble(this::width).max().orElse(0);
	}

	public static float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
