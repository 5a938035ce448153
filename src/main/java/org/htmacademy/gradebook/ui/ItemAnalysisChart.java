package org.htmacademy.gradebook.ui;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.htmacademy.gradebook.ItemAnalysis;
import org.htmacademy.gradebook.ItemFlag;
import org.htmacademy.gradebook.QuestionAnalysis;

/**
 * Facility and discrimination index of every question as two bar charts, one above the other, drawn as plain SVG on
 * the server (no chart component). The bands where a question counts as too easy, too hard or weakly discriminating
 * are shaded; a bar in such a band is amber, and questions with too few attempts are grey. Each bar carries a tooltip; the whole chart is one image with
 * a text summary for screen readers, and the table below it holds the same figures.
 */
final class ItemAnalysisChart {

	static final int WIDTH = 760;

	private static final int LEFT = 56;

	private static final int RIGHT = 12;

	private static final int PANEL = 150;

	private static final int TOP = 28;

	private static final int GAP = 46;

	private static final String BAR = "#0f7c80";

	private static final String FLAGGED = "#b45309";

	private static final String TOO_FEW = "#a7b1bc";

	private ItemAnalysisChart() {
	}

	static String svg(ItemAnalysis analysis) {
		List<QuestionAnalysis> questions = analysis.questions();
		int height = TOP + PANEL + GAP + PANEL + 40;
		Svg svg = new Svg();
		svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height, "role", "img",
				"aria-label", label(analysis), "class", "item-chart-svg", "font-family", "sans-serif", "font-size", "11");
		svg.text("title", "Facility and discrimination index per question: " + analysis.quizTitle());
		svg.text("desc", description(analysis));
		panel(svg, questions, TOP, "Facility index (%)", 0, 100, q -> q.statistics().facility(), 100,
				new double[][] { { 90, 100 }, { 0, 20 } }, Set.of(ItemFlag.TOO_EASY, ItemFlag.TOO_HARD));
		panel(svg, questions, TOP + PANEL + GAP, "Discrimination index (%)", -100, 100,
				q -> q.statistics().discrimination(), 1, new double[][] { { -100, 20 } },
				Set.of(ItemFlag.WEAK_DISCRIMINATION, ItemFlag.NEGATIVE_DISCRIMINATION));
		double slot = slotWidth(questions.size());
		for (int i = 0; i < questions.size(); i++) {
			svg.text("text", String.valueOf(questions.get(i).number()), "x", Svg.number(LEFT + slot * (i + 0.5)), "y",
					String.valueOf(height - 14), "text-anchor", "middle", "fill", "#334155");
		}
		svg.text("text", "Question", "x", String.valueOf(LEFT + (WIDTH - LEFT - RIGHT) / 2), "y",
				String.valueOf(height - 1), "text-anchor", "middle", "fill", "#334155");
		return svg.close("svg").toString();
	}

	private static void panel(Svg svg, List<QuestionAnalysis> questions, int top, String title, double min,
			double max, Function<QuestionAnalysis, OptionalDouble> measure, double scale, double[][] bands,
			Set<ItemFlag> shownHere) {
		double plot = WIDTH - LEFT - RIGHT;
		Function<Double, Double> y = value -> top + PANEL * (max - value) / (max - min);
		svg.text("text", title, "x", String.valueOf(LEFT), "y", String.valueOf(top - 10), "font-weight", "bold",
				"fill", "#12355b");
		for (double[] band : bands) {
			svg.empty("rect", "x", String.valueOf(LEFT), "y", Svg.number(y.apply(band[1])), "width",
					Svg.number(plot), "height", Svg.number(y.apply(band[0]) - y.apply(band[1])), "fill", "#fde8d7");
		}
		for (double tick = min; tick <= max; tick += (max - min) / 4) {
			String at = Svg.number(y.apply(tick));
			svg.empty("line", "x1", String.valueOf(LEFT), "x2", String.valueOf(WIDTH - RIGHT), "y1", at, "y2", at,
					"stroke", tick == 0 ? "#64748b" : "#e2e8f0");
			svg.text("text", String.valueOf((int) tick), "x", String.valueOf(LEFT - 6), "y", Svg.number(y.apply(tick) + 4),
					"text-anchor", "end", "fill", "#475569");
		}
		double slot = slotWidth(questions.size());
		for (int i = 0; i < questions.size(); i++) {
			QuestionAnalysis question = questions.get(i);
			OptionalDouble value = measure.apply(question);
			if (value.isEmpty()) {
				continue;
			}
			double shown = Math.max(min, Math.min(max, value.getAsDouble() * scale));
			double from = y.apply(Math.max(min, 0.0));
			double to = y.apply(shown);
			svg.titled("rect", tooltip(question, title, shown), "x", Svg.number(LEFT + slot * i + slot * 0.15), "y",
					Svg.number(Math.min(from, to)), "width", Svg.number(slot * 0.7), "height",
					Svg.number(Math.max(1, Math.abs(to - from))), "fill", colour(question, shownHere));
		}
	}

	/** A bar is highlighted for the flags its own panel measures: a hard question's discrimination may be fine. */
	private static String colour(QuestionAnalysis question, Set<ItemFlag> shownHere) {
		if (question.flags().contains(ItemFlag.TOO_FEW_ATTEMPTS)) {
			return TOO_FEW;
		}
		return question.flags().stream().anyMatch(shownHere::contains) ? FLAGGED : BAR;
	}

	private static String tooltip(QuestionAnalysis question, String measure, double value) {
		String flags = question.flags().isEmpty() ? ""
				: " — " + question.flags().stream().map(ItemFlag::label).collect(Collectors.joining(", "));
		return "Question %d, %s: %s %s (%d attempts)%s".formatted(question.number(), question.name(),
				measure.replace(" (%)", ""), Svg.number(value), question.statistics().attempts(), flags);
	}

	private static double slotWidth(int questions) {
		return (double) (WIDTH - LEFT - RIGHT) / Math.max(1, questions);
	}

	private static String label(ItemAnalysis analysis) {
		return "Bar charts of facility index and discrimination index for the %d questions of %s".formatted(
				analysis.questions().size(), analysis.quizTitle());
	}

	private static String description(ItemAnalysis analysis) {
		List<String> flagged = analysis.questions()
			.stream()
			.filter(q -> !q.flags().isEmpty() && !q.flags().contains(ItemFlag.TOO_FEW_ATTEMPTS))
			.map(q -> "question " + q.number() + " ("
					+ q.flags().stream().map(ItemFlag::label).map(String::toLowerCase).collect(Collectors.joining(", "))
					+ ")")
			.toList();
		long tooFew = analysis.questions().stream().filter(q -> q.flags().contains(ItemFlag.TOO_FEW_ATTEMPTS)).count();
		return "Over %d attempts. Shaded bands: facility above 90%% (too easy) or below 20%% (too hard), discrimination"
			.formatted(analysis.attempts()) + " below 20%. "
				+ (flagged.isEmpty() ? "No question is flagged" : "Flagged: " + String.join("; ", flagged)) + ". "
				+ (tooFew == 0 ? "" : tooFew + " questions have too few attempts to judge.");
	}

}
