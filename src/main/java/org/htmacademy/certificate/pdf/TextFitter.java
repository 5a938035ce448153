package org.htmacademy.certificate.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Shrinks text to fit one line, down to a minimum size, then wraps it at that size; whatever still does not fit in
 * the allowed lines ends in an ellipsis, so the page never overflows.
 */
public final class TextFitter {

	private static final float STEP = 0.5f;

	private static final String ELLIPSIS = "…";

	private TextFitter() {
	}

	/** A size range and the most lines the text may take. */
	public record Fit(float maxSize, float minSize, int maxLines) {

		public static Fit fixed(float size) {
			return new Fit(size, size, 1);
		}

		float maxHeight() {
			return Math.max(maxSize, maxLines * minSize) * FittedText.LEADING;
		}

	}

	public static FittedText fit(String text, PDFont font, Fit fit, float width) {
		String clean = text.strip().replaceAll("\\s+", " ");
		// the width grows with the size: measured once, at size 1
		float widthAtOne = FittedText.width(font, 1, clean);
		for (float size = fit.maxSize(); size >= fit.minSize(); size -= STEP) {
			if (widthAtOne * size <= width) {
				return new FittedText(font, size, List.of(clean));
			}
		}
		List<String> lines = wrap(clean, font, fit.minSize(), width);
		if (lines.size() > fit.maxLines()) {
			lines = truncate(lines, font, fit, width);
		}
		return new FittedText(font, fit.minSize(), lines);
	}

	/**
	 * On one line, never broken: at {@code maxSize}, or as much smaller as the width needs. For a code that must be
	 * copied character by character, where a wrapped line reads as two.
	 */
	public static FittedText oneLine(String text, PDFont font, float maxSize, float width) {
		String clean = text.strip().replaceAll("\\s+", " ");
		float widthAtOne = FittedText.width(font, 1, clean);
		return new FittedText(font, Math.min(maxSize, width / widthAtOne), List.of(clean));
	}

	private static List<String> wrap(String text, PDFont font, float size, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (FittedText.width(font, size, candidate) <= width) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			String rest = word;
			while (FittedText.width(font, size, rest) > width) {
				int cut = longestPrefix(rest, font, size, width);
				lines.add(rest.substring(0, cut));
				rest = rest.substring(cut);
			}
			line.append(rest);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static int longestPrefix(String text, PDFont font, float size, float width) {
		int end = text.offsetByCodePoints(0, 1);
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			if (FittedText.width(font, size, text.substring(0, next)) > width) {
				break;
			}
			end = next;
		}
		return end;
	}

	private static List<String> truncate(List<String> lines, PDFont font, Fit fit, float width) {
		List<String> kept = new ArrayList<>(lines.subList(0, fit.maxLines()));
		String last = kept.getLast();
		while (!last.isEmpty() && FittedText.width(font, fit.minSize(), last.strip() + ELLIPSIS) > width) {
			last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
		}
		kept.set(kept.size() - 1, last.strip() + ELLIPSIS);
		return kept;
	}

}
