package org.htmacademy.transcript;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The renewal tracker as an SVG bar chart built on the server: one bar for the total against the CEUs required,
 * then one per category with what counts, what the cap cut off and where the cap lies. Screen readers get the same
 * figures from {@code aria-label}, {@code <title>} and {@code <desc>}.
 */
public final class RenewalChart {

	static final String COUNTED = "#1a6fd6";

	static final String OVER_CAP = "#8fb8ec";

	static final String TRACK = "#e7ebf0";

	static final String CAP = "#b4490f";

	static final String INK = "#1f2733";

	private static final int LEFT = 16;

	private static final int BAR_WIDTH = 400;

	private static final int BAR_HEIGHT = 16;

	private static final int ROW = 48;

	private static final int WIDTH = 700;

	private RenewalChart() {
	}

	public static String svg(RenewalProgress progress) {
		String id = "renewal-" + progress.certification().code().replaceAll("[^A-Za-z0-9-]", "");
		BigDecimal scale = scale(progress);
		int height = 20 + ROW * (progress.categories().size() + 1) + 24;
		Svg svg = new Svg();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", WIDTH, "height", height, "viewBox",
				"0 0 " + WIDTH + " " + height, "role", "img", "aria-label", summary(progress), "aria-describedby",
				id + "-desc", "font-family", "DejaVu Sans, Verdana, sans-serif", "font-size", 13);
		svg.element("title", progress.certification().code() + " renewal progress");
		svg.element("desc", description(progress), "id", id + "-desc");
		svg.open("defs");
		svg.open("pattern", "id", id + "-over", "width", 6, "height", 6, "patternUnits", "userSpaceOnUse",
				"patternTransform", "rotate(45)");
		svg.empty("rect", "width", 6, "height", 6, "fill", OVER_CAP);
		svg.empty("line", "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", "#ffffff", "stroke-width", 2);
		svg.close("pattern");
		svg.close("defs");
		int y = 20;
		svg.element("text", "Total counted", "x", LEFT, "y", y, "font-weight", "bold", "fill", INK);
		bar(svg, y + 6, scale, progress.counted(), BigDecimal.ZERO, null, id);
		requiredMarker(svg, y + 6, scale, progress.required());
		svg.element("text", Figures.number(progress.counted()) + " of " + Figures.ceus(progress.required()) + " · "
				+ Figures.number(progress.remaining()) + " to go", "x", LEFT + BAR_WIDTH + 12, "y", y + 19, "fill", INK);
		for (CategoryTotal total : progress.categories()) {
			y += ROW;
			CategoryRule category = total.category();
			svg.element("text", category.code() + " · " + category.name(), "x", LEFT, "y", y, "fill", INK);
			BigDecimal over = total.earned().subtract(total.counted());
			bar(svg, y + 6, scale, total.counted(), over, category.cap(), id);
			svg.element("text", valueText(total), "x", LEFT + BAR_WIDTH + 12, "y", y + 19, "fill", INK);
		}
		legend(svg, y + ROW, id);
		svg.close("svg");
		return svg.toString();
	}

	private static void legend(Svg svg, int y, String id) {
		svg.open("g", "font-size", 11, "fill", INK);
		svg.empty("rect", "x", LEFT, "y", y - 9, "width", 12, "height", 10, "fill", COUNTED);
		svg.element("text", "counts towards renewal", "x", LEFT + 16, "y", y);
		svg.empty("rect", "x", LEFT + 170, "y", y - 9, "width", 12, "height", 10, "fill", "url(#" + id + "-over)");
		svg.element("text", "over the cap, does not count", "x", LEFT + 186, "y", y);
		svg.empty("line", "x1", LEFT + 372, "y1", y - 10, "x2", LEFT + 372, "y2", y + 2, "stroke", CAP, "stroke-width",
				2, "stroke-dasharray", "3 2");
		svg.element("text", "category cap", "x", LEFT + 380, "y", y);
		svg.empty("line", "x1", LEFT + 470, "y1", y - 10, "x2", LEFT + 470, "y2", y + 2, "stroke", INK,
				"stroke-width", 2);
		svg.element("text", "CEUs required", "x", LEFT + 478, "y", y);
		svg.close("g");
	}

	private static void bar(Svg svg, int top, BigDecimal scale, BigDecimal counted, BigDecimal over,
			@Nullable BigDecimal cap, String id) {
		svg.empty("rect", "x", LEFT, "y", top, "width", BAR_WIDTH, "height", BAR_HEIGHT, "fill", TRACK, "rx", 2);
		double countedWidth = width(counted, scale);
		if (countedWidth > 0) {
			svg.empty("rect", "x", LEFT, "y", top, "width", px(countedWidth), "height", BAR_HEIGHT, "fill", COUNTED,
					"rx", 2);
		}
		if (over.signum() > 0) {
			svg.empty("rect", "x", px(LEFT + countedWidth), "y", top, "width", px(width(over, scale)), "height",
					BAR_HEIGHT, "fill", "url(#" + id + "-over)");
		}
		if (cap != null) {
			double x = LEFT + width(cap, scale);
			svg.empty("line", "x1", px(x), "y1", top - 4, "x2", px(x), "y2", top + BAR_HEIGHT + 4, "stroke", CAP,
					"stroke-width", 2, "stroke-dasharray", "3 2");
		}
	}

	private static void requiredMarker(Svg svg, int top, BigDecimal scale, BigDecimal required) {
		double x = LEFT + width(required, scale);
		svg.empty("line", "x1", px(x), "y1", top - 4, "x2", px(x), "y2", top + BAR_HEIGHT + 4, "stroke", INK,
				"stroke-width", 2);
	}

	private static String valueText(CategoryTotal total) {
		String text = Figures.number(total.counted()) + " counted";
		if (total.category().cap() != null) {
			text += " · cap " + Figures.number(total.category().cap());
		}
		if (total.overCap()) {
			text += " · " + Figures.number(total.earned()) + " earned";
		}
		return text;
	}

	static String summary(RenewalProgress progress) {
		return progress.certification().code() + " renewal: " + Figures.number(progress.counted()) + " of "
				+ Figures.ceus(progress.required()) + " counted, " + Figures.number(progress.remaining())
				+ " remaining, due " + Figures.date(progress.period().deadline());
	}

	private static String description(RenewalProgress progress) {
		StringBuilder text = new StringBuilder(summary(progress)).append(". Period ")
			.append(Figures.period(progress.period()))
			.append('.');
		for (CategoryTotal total : progress.categories()) {
			text.append(" Category ").append(total.category().code()).append(", ").append(total.category().name())
				.append(": ").append(valueText(total)).append('.');
		}
		return text.toString();
	}

	/** The whole bar stands for the CEUs required, or for more when a category or cap goes beyond them. */
	private static BigDecimal scale(RenewalProgress progress) {
		BigDecimal scale = progress.required().max(progress.counted());
		for (CategoryTotal total : progress.categories()) {
			scale = scale.max(total.earned());
			if (total.category().cap() != null) {
				scale = scale.max(total.category().cap());
			}
		}
		return scale;
	}

	private static double width(BigDecimal value, BigDecimal scale) {
		return value.divide(scale, MathContext.DECIMAL64).doubleValue() * BAR_WIDTH;
	}

	private static String px(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
