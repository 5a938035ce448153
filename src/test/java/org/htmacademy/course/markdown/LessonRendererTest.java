package org.htmacademy.course.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LessonRendererTest {

	static final ImageLinks COURSE_IMAGES = path -> Optional
		.ofNullable(Map.of("../images/flat-vs-segmented.svg", "/course-images/net/flat-vs-segmented.svg").get(path));

	final LessonRenderer renderer = new LessonRenderer();

	RenderedLesson render(String markdown) {
		return renderer.render(markdown, COURSE_IMAGES);
	}

	@Test
	void the_first_level_1_heading_is_the_title_and_is_left_out_of_the_body() {
		RenderedLesson lesson = render("# Devices on the *network*\n\nIntro.\n\n## Addresses\n\n### IPv4\n");

		assertThat(lesson.title()).isEqualTo("Devices on the network");
		assertThat(lesson.html()).doesNotContain("<h1>").contains("<p>Intro.</p>", "<h2>Addresses</h2>", "<h3>IPv4</h3>");
		assertThat(lesson.headings()).containsExactly("Addresses", "IPv4");
	}

	@Test
	void a_lesson_without_a_level_1_heading_has_an_empty_title() {
		RenderedLesson lesson = render("## Only a section\n\nText.\n");

		assertThat(lesson.title()).isEmpty();
		assertThat(lesson.headings()).containsExactly("Only a section");
	}

	@Test
	void tables_render_with_head_body_and_alignment() {
		String html = render("# T\n\n| Port | Service |\n|---:|:---|\n| 104 | DICOM |\n| 2575 | HL7 MLLP |\n").html();

		assertThat(html).contains("<table>", "<thead>", "<tbody>", "<th align=\"right\">Port</th>",
				"<th align=\"left\">Service</th>", "<td align=\"right\">104</td>", "<td align=\"left\">HL7 MLLP</td>");
	}

	@Test
	void fenced_code_blocks_keep_their_language_class_and_escape_their_content() {
		String html = render("# T\n\n```hl7\nMSH|^~\\&|<ADT>\n```\n").html();

		assertThat(html).contains("<pre><code class=\"language-hl7\">MSH|^~\\&amp;|&lt;ADT&gt;\n</code></pre>");
	}

	@Test
	void inline_formatting_lists_rules_and_line_breaks_render() {
		String html = render("# T\n\n**bold** *em* ~~old~~ ~5 mA `ping`\\\nnext\n\n3. three\n4. four\n\n- a\n\n---\n\n> quoted\n")
			.html();

		assertThat(html).contains("<strong>bold</strong>", "<em>em</em>", "<del>old</del>", "~5 mA", "<code>ping</code>",
				"<br />", "<ol start=\"3\">", "<li>four</li>", "<ul>", "<hr />", "<blockquote>");
	}

	@Test
	void github_alerts_become_callouts_with_a_title() {
		String html = render("# T\n\n> [!WARNING]\n> Never take a ventilator off the network.\n\n> [!tip]\n> Label both ends.\n")
			.html();

		assertThat(html).contains("<div class=\"callout callout-warning\" role=\"note\">"
				+ "\n<p class=\"callout-title\">Warning</p>\n<p>Never take a ventilator off the network.</p>\n</div>");
		assertThat(html).contains("<div class=\"callout callout-tip\" role=\"note\">", "<p class=\"callout-title\">Tip</p>");
		assertThat(html).doesNotContain("[!", "<blockquote>");
	}

	@Test
	void every_alert_kind_has_its_own_class_and_title() {
		String html = render("# T\n\n> [!NOTE]\n> a\n\n> [!IMPORTANT]\n> b\n\n> [!CAUTION]\n> c\n").html();

		assertThat(html).contains("callout-note\"", ">Note</p>", "callout-important\"", ">Important</p>",
				"callout-caution\"", ">Caution</p>");
	}

	@Test
	void a_block_quote_with_an_unknown_marker_or_text_after_the_marker_stays_a_block_quote() {
		String html = render("# T\n\n> [!DANGER]\n> a\n\n> [!NOTE] inline\n> b\n").html();

		assertThat(html).doesNotContain("callout").contains("<blockquote>", "[!DANGER]", "[!NOTE] inline");
	}

	@Test
	void known_images_point_at_their_served_url() {
		String html = render("# T\n\n![Flat network compared with a segmented one](../images/flat-vs-segmented.svg \"Fig. 1\")\n")
			.html();

		assertThat(html).contains("<img src=\"/course-images/net/flat-vs-segmented.svg\""
				+ " alt=\"Flat network compared with a segmented one\" title=\"Fig. 1\" />");
	}

	@Test
	void unknown_images_are_left_out_with_their_alt_text() {
		String html = render("# T\n\nBefore ![Missing diagram](../images/missing.svg) after.\n").html();

		assertThat(html).doesNotContain("<img", "Missing diagram").contains("Before  after.");
	}

	@Test
	void raw_html_images_are_removed_even_when_they_point_at_a_served_url_of_another_lesson() {
		String html = render("# T\n\n<img src=\"/course-images/net/other.svg\" alt=\"x\">\n").html();

		assertThat(html).doesNotContain("<img");
	}

	@Test
	void links_render_and_only_external_ones_get_rel_nofollow_noopener_noreferrer() {
		String html = render("# T\n\n[FDA](https://www.fda.gov/ \"FDA\") [next](02-tcp-ip.md) [mail](mailto:help@example.org)\n")
			.html();

		assertThat(html).contains(
				"<a href=\"https://www.fda.gov/\" title=\"FDA\" rel=\"nofollow noopener noreferrer\">FDA</a>",
				"<a href=\"02-tcp-ip.md\">next</a>", "<a href=\"mailto:help&#64;example.org\">mail</a>");
	}

	@Test
	void word_count_includes_the_title_text_lists_tables_and_code_but_not_urls_alt_text_or_markup() {
		RenderedLesson lesson = render("""
				# Leakage current basics

				Measure **leakage** with an [analyzer](https://example.org/very/long/url).

				- Record the value — and the limit.

				| Port | Service |
				|---|---|
				| 104 | DICOM |

				```
				ping 10.1.20.5
				```

				![A long description that should not count](../images/flat-vs-segmented.svg)
				""");

		// 3 title + 5 + 6 ("—" is no word) + 4 table + 2 code
		assertThat(lesson.wordCount()).isEqualTo(20);
	}

	@Test
	void an_empty_lesson_renders_to_nothing() {
		RenderedLesson lesson = render("");

		assertThat(lesson).isEqualTo(new RenderedLesson("", "", 0, List.of()));
	}

	@Test
	void concurrent_renders_each_allow_only_their_own_images() throws Exception {
		String served = "<img src=\"/course-images/net/flat-vs-segmented.svg\">";
		Callable<String> withImage = () -> render("# T\n\n![d](../images/flat-vs-segmented.svg)\n").html();
		Callable<String> without = () -> renderer.render("# T\n\n" + served + "\n", ImageLinks.none()).html();
		List<Callable<String>> tasks = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			tasks.add(withImage);
			tasks.add(without);
		}
		try (ExecutorService executor = Executors.newFixedThreadPool(8)) {
			List<Future<String>> results = executor.invokeAll(tasks);
			for (int i = 0; i < results.size(); i++) {
				assertThat(results.get(i).get().contains("<img")).isEqualTo(i % 2 == 0);
			}
		}
	}

}
