package org.htmacademy.gradebook.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import javax.xml.parsers.DocumentBuilderFactory;

import org.htmacademy.course.content.GradingMethod;
import org.htmacademy.gradebook.AttemptSelection;
import org.htmacademy.gradebook.ItemAnalysis;
import org.htmacademy.gradebook.ItemFlag;
import org.htmacademy.gradebook.ItemStatistics;
import org.htmacademy.gradebook.QuestionAnalysis;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

class ItemAnalysisChartTest {

	@Test
	void the_chart_is_well_formed_svg_announced_as_one_image_with_a_text_summary() throws Exception {
		String svg = ItemAnalysisChart.svg(analysis());

		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		var root = document.getDocumentElement();
		assertThat(root.getTagName()).isEqualTo("svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-label")).contains("3 questions");
		assertThat(document.getElementsByTagName("desc").item(0).getTextContent())
			.contains("Over 40 attempts", "question 2 (too easy)");
	}

	@Test
	void question_titles_cannot_break_out_of_the_markup() {
		String svg = ItemAnalysisChart.svg(analysis());

		assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
	}

	@Test
	void flagged_questions_and_those_with_too_few_attempts_are_drawn_apart_from_the_others() {
		String svg = ItemAnalysisChart.svg(analysis());

		assertThat(svg).contains("fill=\"#0f7c80\"", "fill=\"#b45309\"", "fill=\"#a7b1bc\"");
		assertThat(svg).contains("Question 2, Easy one: Facility index 95.0 (40 attempts) — Too easy");
		// a discrimination index that cannot be computed draws no bar
		assertThat(svg).contains("Question 1, &lt;script").doesNotContain("Question 2, Easy one: Discrimination");
		assertThat(svg.split("Discrimination index -?[0-9]", -1)).as("bars in the lower panel").hasSize(2 + 1);
	}

	private static ItemAnalysis analysis() {
		return new ItemAnalysis(1, "c", "Course", 1, "Final exam", GradingMethod.HIGHEST, AttemptSelection.HIGHEST, 40,
				40, Optional.empty(), 3,
				List.of(question(1, "<script>alert(\"x\")</script>", 40, 0.6, 35.0),
						question(2, "Easy one", 40, 0.95, Double.NaN), question(3, "Rare", 4, 0.5, 10.0)));
	}

	private static QuestionAnalysis question(int number, String title, long attempts, double facility,
			double discrimination) {
		ItemStatistics statistics = new ItemStatistics(attempts, OptionalDouble.of(facility), OptionalDouble.of(0.4),
				Double.isNaN(discrimination) ? OptionalDouble.empty() : OptionalDouble.of(discrimination));
		return new QuestionAnalysis(number, number, title, "text", "Multiple choice", statistics,
				ItemFlag.of(statistics), List.of(), List.of());
	}

}
