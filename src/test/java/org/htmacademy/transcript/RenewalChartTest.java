package org.htmacademy.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class RenewalChartTest {

	static RenewalProgress sample() {
		return RenewalCalculator.progress(Rules.cbet(), LocalDate.parse("2026-03-04"), LocalDate.parse("2027-06-15"),
				List.of(RenewalCalculatorTest.ceus("2026-05-01", "II", "10"),
						RenewalCalculatorTest.ceus("2027-01-01", "II", "7.5"),
						RenewalCalculatorTest.ceus("2026-09-01", "I", "5"),
						RenewalCalculatorTest.course("2027-02-01", "40"),
						RenewalCalculatorTest.course("2027-03-01", "12.5")));
	}

	@Test
	void the_chart_is_well_formed_svg_and_writes_a_sample() throws Exception {
		String svg = RenewalChart.svg(sample());
		Path file = Path.of("target/transcripts/renewal-chart.svg");
		Files.createDirectories(file.getParent());
		Files.writeString(file, svg);

		Document document = parse(svg);

		Element root = document.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("svg");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
		assertThat(root.getAttribute("role")).isEqualTo("img");
	}

	@Test
	void screen_readers_get_the_figures() throws Exception {
		Document document = parse(RenewalChart.svg(sample()));
		Element root = document.getDocumentElement();

		assertThat(root.getAttribute("aria-label"))
			.isEqualTo("CBET renewal: 25.25 of 30 CEUs counted, 4.75 remaining, due March 3, 2029");
		assertThat(text(document, "title")).containsExactly("CBET renewal progress");
		String desc = text(document, "desc").getFirst();
		assertThat(desc).contains("Period March 4, 2026 to March 3, 2029",
				"Category II, Leadership roles: 15 counted · cap 15 · 17.5 earned",
				"Category IV, Professional development: 5.25 counted");
		assertThat(root.getAttribute("aria-describedby")).isEqualTo(
				((Element) document.getElementsByTagName("desc").item(0)).getAttribute("id"));
	}

	@Test
	void every_category_and_its_figures_are_drawn() throws Exception {
		List<String> texts = text(parse(RenewalChart.svg(sample())), "text");

		assertThat(texts).containsExactly("Total counted", "25.25 of 30 CEUs · 4.75 to go",
				"I · Earn an additional HTM-related certification", "5 counted · cap 15", "II · Leadership roles",
				"15 counted · cap 15 · 17.5 earned", "III · Development of educational content", "0 counted",
				"IV · Professional development", "5.25 counted", "counts towards renewal", "over the cap, does not count",
				"category cap", "CEUs required");
	}

	@Test
	void bars_are_to_scale_with_a_dashed_cap_marker_and_a_hatched_overflow() throws Exception {
		Document document = parse(RenewalChart.svg(sample()));
		List<Element> rects = elements(document, "rect");
		List<Element> lines = elements(document, "line");

		// 30 CEUs span 400 px: 15 counted in category II is 200 px, the 2.5 over the cap another 33.3 px
		assertThat(rects).anySatisfy(r -> {
			assertThat(r.getAttribute("fill")).isEqualTo(RenewalChart.COUNTED);
			assertThat(r.getAttribute("width")).isEqualTo("200.0");
		});
		assertThat(rects).anySatisfy(r -> {
			assertThat(r.getAttribute("fill")).startsWith("url(#renewal-CBET-over");
			assertThat(r.getAttribute("x")).isEqualTo("216.0");
			assertThat(r.getAttribute("width")).isEqualTo("33.3");
		});
		assertThat(lines).filteredOn(l -> RenewalChart.CAP.equals(l.getAttribute("stroke")))
			.hasSize(3)
			.filteredOn(l -> !l.getParentNode().getNodeName().equals("g"))
			.hasSize(2)
			.allSatisfy(l -> assertThat(l.getAttribute("x1")).isEqualTo("216.0"));
	}

	@Test
	void names_are_escaped() throws Exception {
		CertificationRules rules = new CertificationRules("C&C", "Tricky <name>", 3, new BigDecimal("30"),
				PeriodAnchor.CERTIFICATION_DATE, BigDecimal.TEN, "A",
				List.of(new CategoryRule("A", "Courses & \"labs\" <in-person>", null, "")));
		RenewalProgress progress = RenewalCalculator.progress(rules, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-02-01"),
				List.of());

		Document document = parse(RenewalChart.svg(progress));

		assertThat(text(document, "text")).contains("A · Courses & \"labs\" <in-person>");
		assertThat(document.getDocumentElement().getAttribute("aria-label")).startsWith("C&C renewal: 0 of 30 CEUs");
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> text(Document document, String tag) {
		return elements(document, tag).stream().map(Element::getTextContent).toList();
	}

	private static List<Element> elements(Document document, String tag) {
		NodeList nodes = document.getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

}
