package org.htmacademy.course.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LessonSanitizingTest {

	final LessonRenderer renderer = new LessonRenderer();

	String html(String body) {
		return renderer.render("# T\n\n" + body + "\n", LessonRendererTest.COURSE_IMAGES).html();
	}

	@Test
	void script_elements_are_removed_with_their_content() {
		assertThat(html("<script>alert(1)</script>\n\nInline <script>alert(2)</script> text"))
			.doesNotContainIgnoringCase("<script").doesNotContain("alert")
			.contains("Inline");
	}

	@Test
	void style_iframe_object_embed_and_form_elements_are_removed() {
		String html = html("""
				<style>body { display: none }</style>
				<iframe src="https://evil.example/"></iframe>
				<object data="x.swf"></object><embed src="x.swf">
				<form action="https://evil.example/"><input name="password"></form>
				""");

		assertThat(html).doesNotContain("<style", "display", "<iframe", "<object", "<embed", "<form", "<input");
	}

	@Test
	void an_image_with_an_onerror_handler_is_removed_entirely() {
		assertThat(html("<img src=x onerror=alert(1)>")).doesNotContain("<img", "onerror", "alert");
	}

	@Test
	void event_handler_attributes_are_removed_from_allowed_elements() {
		String html = html("<p onclick=\"alert(1)\" onmouseover='alert(2)'>Click</p>\n\n**b**<strong onfocus=alert(3)>s</strong>");

		assertThat(html).contains("<p>Click</p>", "<strong>s</strong>").doesNotContain("onclick", "onmouseover",
				"onfocus", "alert");
	}

	@Test
	void javascript_links_in_raw_html_keep_their_text_but_lose_the_link() {
		String html = html("<a href=\"javascript:alert(1)\">Click me</a> <a href=\" JaVa&#x09;ScRiPt:alert(2)\">Me too</a>");

		assertThat(html).contains("Click me", "Me too").doesNotContain("<a", "alert");
	}

	@Test
	void javascript_data_and_vbscript_links_in_markdown_keep_their_text_but_lose_the_link() {
		String html = html("[x](javascript:alert(1)) [y](<javascript:alert(2)>) <javascript:alert(3)> "
				+ "[d](data:text/html;base64,PHNjcmlwdD4=) [v](vbscript:msgbox)");

		// An autolink's text is its URL, harmless once it is no longer a link.
		assertThat(html).isEqualTo("<p>x y javascript:alert(3) d v</p>\n");
	}

	@Test
	void markdown_images_with_script_urls_are_dropped() {
		assertThat(html("![x](javascript:alert(1)) ![y](data:image/svg+xml;base64,PHN2Zz4=)")).doesNotContain("<img");
	}

	@Test
	void an_image_links_resolver_cannot_smuggle_a_script_url_in() {
		String html = renderer.render("# T\n\n![x](a.svg)\n", path -> java.util.Optional.of("javascript:alert(1)"))
			.html();

		assertThat(html).doesNotContain("<img", "alert");
	}

	@Test
	void rel_and_target_written_by_the_author_are_replaced() {
		String html = html("<a href=\"https://example.org\" rel=\"opener\" target=\"_blank\">x</a> <a href=\"/in\" rel=\"x\">y</a>");

		assertThat(html).contains("<a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">x</a>",
				"<a href=\"/in\">y</a>");
	}

	@Test
	void protocol_relative_links_count_as_external() {
		assertThat(html("[x](//evil.example/)")).contains("rel=\"nofollow noopener noreferrer\"");
	}

	@Test
	void classes_and_roles_other_than_the_renderer_s_own_are_removed() {
		String html = html("<div class=\"evil\" role=\"alert\" style=\"position:fixed\">d</div>"
				+ "<code class=\"language-js x\">c</code><p class=\"x\">p</p>");

		assertThat(html).contains("<div>d</div>", "<code>c</code>", "<p>p</p>");
	}

	@Test
	void raw_html_the_renderer_could_have_produced_is_kept() {
		String html = html("<table><thead><tr><th align=\"center\">h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>");

		assertThat(html).contains("<th align=\"center\">h</th>", "<td>c</td>");
	}

}
