package org.htmacademy.common.print;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Bidi;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * A name laid out by the JDK's HarfBuzz (joining, conjuncts, mark positioning) in visual order after the Unicode
 * bidirectional algorithm, as glyphs of one {@link NameFace}. Drawn as glyph ids inside a marked-content span whose
 * ActualText is the name, so copying or extracting the text gives the name exactly as entered, not its glyphs.
 *
 * @param x pen positions in thousandths of an em, left to right
 * @param y vertical offsets in thousandths of an em, up
 * @param advance the width of the whole name in thousandths of an em
 */
public record ShapedName(NameFace face, String text, int[] glyphs, float[] x, float[] y, float advance) {

	private static final FontRenderContext UNHINTED = new FontRenderContext(null, true, true);

	/** The JDK's codes for glyphs it drew nothing for, such as joiners. */
	private static final int FIRST_INVISIBLE = 0xFFFE;

	static ShapedName shape(String text, NameFace face) {
		char[] chars = text.toCharArray();
		Bidi bidi = bidi(text, face.script());
		int runs = bidi.getRunCount();
		byte[] levels = new byte[runs];
		Integer[] order = new Integer[runs];
		for (int i = 0; i < runs; i++) {
			levels[i] = (byte) bidi.getRunLevel(i);
			order[i] = i;
		}
		Bidi.reorderVisually(levels, 0, order, 0, runs);
		Glyphs glyphs = new Glyphs(chars.length * 2);
		float pen = 0;
		for (int run : order) {
			int flags = (bidi.getRunLevel(run) & 1) == 1 ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
			GlyphVector vector = face.shapingFont()
				.layoutGlyphVector(UNHINTED, chars, bidi.getRunStart(run), bidi.getRunLimit(run), flags);
			int count = vector.getNumGlyphs();
			for (int g = 0; g < count; g++) {
				int code = vector.getGlyphCode(g);
				if (code < FIRST_INVISIBLE) {
					var position = vector.getGlyphPosition(g);
					glyphs.add(code, pen + (float) position.getX(), (float) -position.getY());
				}
			}
			pen += (float) vector.getGlyphPosition(count).getX();
		}
		return glyphs.toName(face, text, pen);
	}

	public float width(float size) {
		return advance / NameFace.SHAPING_SIZE * size;
	}

	/** From the top of the line to the baseline. */
	public float ascent(float size) {
		return face.ascent() * size;
	}

	public float height(float size) {
		return (face.ascent() + face.descent()) * size;
	}

	boolean hasMissingGlyph() {
		return Arrays.stream(glyphs).anyMatch(glyph -> glyph == 0);
	}

	/** Draws the name with its left end at {@code left} on {@code baseline}. */
	public void draw(PDDocument pdf, PDPageContentStream page, float left, float baseline, float size, Color color)
			throws IOException {
		PDType0Font font = PDType0Font.load(pdf, face.pdfFont(), true);
		Set<Integer> used = new HashSet<>();
		Arrays.stream(glyphs).forEach(used::add);
		font.addGlyphsToSubset(used);
		// now: PDFBox subsets at saving only the fonts a content stream selected with setFont
		font.subset();
		PDFormXObject form = new PDFormXObject(pdf);
		form.setResources(new PDResources());
		COSName fontName = form.getResources().add(font);
		form.setBBox(new PDRectangle(left - size, baseline - (face.descent() + 1) * size, width(size) + 2 * size,
				height(size) + 2 * size));
		try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
			out.write(content(fontName, left, baseline, size, color));
		}
		page.drawForm(form);
	}

	private byte[] content(COSName fontName, float left, float baseline, float size, Color color) throws IOException {
		float[] rgb = color.getRGBColorComponents(null);
		StringBuilder ops = new StringBuilder(64 + glyphs.length * 40);
		ops.append("/Span <</ActualText <FEFF")
			.append(HexFormat.of().withUpperCase().formatHex(visualOrder().getBytes(StandardCharsets.UTF_16BE)))
			.append(">>> BDC\n")
			.append(number(rgb[0])).append(' ').append(number(rgb[1])).append(' ').append(number(rgb[2]))
			.append(" rg\nBT\n/").append(fontName.getName()).append(' ').append(number(size)).append(" Tf\n");
		float scale = size / NameFace.SHAPING_SIZE;
		for (int i = 0; i < glyphs.length; i++) {
			// each glyph at its shaped place: HarfBuzz's positions, not the font's advances, make the name
			ops.append("1 0 0 1 ").append(number(left + x[i] * scale)).append(' ')
				.append(number(baseline + y[i] * scale)).append(" Tm <")
				.append(String.format(Locale.ROOT, "%04X", glyphs[i])).append("> Tj\n");
		}
		ops.append("ET\nEMC\n");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(ops.length());
		bytes.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
		return bytes.toByteArray();
	}

	/**
	 * The name as it stands on the page, left to right: text extractors (poppler, PDFBox, Acrobat) read a page in
	 * visual order and apply the bidirectional algorithm to get back the order it was typed in, ActualText included.
	 */
	String visualOrder() {
		Bidi bidi = bidi(text, face.script());
		int runs = bidi.getRunCount();
		byte[] levels = new byte[runs];
		Integer[] order = new Integer[runs];
		for (int i = 0; i < runs; i++) {
			levels[i] = (byte) bidi.getRunLevel(i);
			order[i] = i;
		}
		Bidi.reorderVisually(levels, 0, order, 0, runs);
		StringBuilder visual = new StringBuilder(text.length());
		for (int run : order) {
			StringBuilder part = new StringBuilder(text.substring(bidi.getRunStart(run), bidi.getRunLimit(run)));
			visual.append((bidi.getRunLevel(run) & 1) == 1 ? part.reverse() : part);
		}
		return visual.toString();
	}

	private static Bidi bidi(String text, NameScript script) {
		return new Bidi(text,
				script.rightToLeft() ? Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT : Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
	}

	private static String number(float value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static final class Glyphs {

		private int[] codes;

		private float[] xs;

		private float[] ys;

		private int count;

		Glyphs(int capacity) {
			codes = new int[capacity];
			xs = new float[capacity];
			ys = new float[capacity];
		}

		void add(int code, float x, float y) {
			if (count == codes.length) {
				codes = Arrays.copyOf(codes, count * 2 + 4);
				xs = Arrays.copyOf(xs, count * 2 + 4);
				ys = Arrays.copyOf(ys, count * 2 + 4);
			}
			codes[count] = code;
			xs[count] = x;
			ys[count++] = y;
		}

		ShapedName toName(NameFace face, String text, float advance) {
			return new ShapedName(face, text, Arrays.copyOf(codes, count), Arrays.copyOf(xs, count),
					Arrays.copyOf(ys, count), advance);
		}

	}

}
