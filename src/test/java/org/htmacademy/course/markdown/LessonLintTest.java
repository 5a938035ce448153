package org.htmacademy.course.markdown;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.markdown.Severity.ERROR;
import static org.htmacademy.course.markdown.Severity.WARNING;

class LessonLintTest {

	static final String REFERENCES = "\n## References\n\n- IEC 62353:2014\n";

	final LessonLint lint = new LessonLint();

	List<LessonIssue> lint(String markdown) {
		return lint.lint(markdown);
	}

	@Test
	void a_lesson_that_follows_the_guide_has_no_issues() {
		String lesson = """
				# Leakage current

				Text with a [source](https://www.fda.gov/) and ![A test setup](../images/setup.svg).

				> [!WARNING]
				> Unplug the device first.

				| a | b |
				|---|---|
				| 1 | 2 |

				```html
				<script>shown as code, not run</script>
				```

				Inline `<iframe>` code and <!-- <script>a comment</script> --> are fine, as is <kbd>Ctrl</kbd>.
				""" + REFERENCES;

		assertThat(lint(lesson)).isEmpty();
	}

	@Test
	void a_lesson_whose_first_line_is_not_a_level_1_heading_is_an_error_at_line_1() {
		LessonIssue missing = new LessonIssue(1, 1, ERROR,
				"the first line must be the lesson title as a level-1 heading: # Title");

		assertThat(lint("\n# Title\n" + REFERENCES)).containsExactly(missing);
		assertThat(lint("## Title\n" + REFERENCES)).containsExactly(missing);
		assertThat(lint("Title\n" + REFERENCES)).containsExactly(missing);
		assertThat(lint("#\n" + REFERENCES)).containsExactly(missing);
	}

	@Test
	void a_second_level_1_heading_is_a_warning() {
		assertThat(lint("# Title\n\n# Again\n" + REFERENCES))
			.containsExactly(new LessonIssue(3, 1, WARNING, "only the title is a level-1 heading; use ## or ### for sections"));
	}

	@Test
	void script_tags_are_errors_at_the_exact_line_and_column() {
		String lesson = "# T\n\nText with <script>alert(1)</script> inline.\n\n<SCRIPT src=x.js></SCRIPT>\n" + REFERENCES;

		assertThat(lint(lesson)).containsExactly(
				new LessonIssue(3, 11, ERROR, "<script> is removed when the lesson is rendered"),
				new LessonIssue(5, 1, ERROR, "<script> is removed when the lesson is rendered"));
	}

	@Test
	void style_iframe_object_embed_and_form_elements_are_errors_naming_the_element() {
		String lesson = "# T\n\n<style>p {}</style>\n\n- item <iframe src=x></iframe>\n\n"
				+ "> <object data=x></object> <embed src=x>\n\n<form><input></form>\n" + REFERENCES;

		assertThat(lint(lesson)).extracting(LessonIssue::line, LessonIssue::column, LessonIssue::message)
			.containsExactly(
					tuple(3, 1, "<style> is removed when the lesson is rendered"),
					tuple(5, 8, "<iframe> is removed when the lesson is rendered"),
					tuple(7, 3, "<object> is removed when the lesson is rendered"),
					tuple(7, 28, "<embed> is removed when the lesson is rendered"),
					tuple(9, 1, "<form> is removed when the lesson is rendered"));
	}

	@Test
	void event_handler_attributes_are_errors_at_the_attribute_even_across_lines() {
		String lesson = "# T\n\n<div onclick=\"go()\">\n  <p\n\tonMouseOver='x'>a</p>\n</div>\n\n> see <span\n>    onfocus=y>b</span>\n"
				+ REFERENCES;

		assertThat(lint(lesson)).containsExactly(
				new LessonIssue(3, 6, ERROR, "event-handler attribute onclick is removed when the lesson is rendered"),
				new LessonIssue(5, 2, ERROR, "event-handler attribute onMouseOver is removed when the lesson is rendered"),
				new LessonIssue(9, 6, ERROR, "event-handler attribute onfocus is removed when the lesson is rendered"));
	}

	@Test
	void an_html_image_with_onerror_is_reported_twice() {
		assertThat(lint("# T\n\nSee <img src=x onerror=alert(1)>\n" + REFERENCES)).containsExactly(
				new LessonIssue(3, 5, WARNING,
						"an HTML <img> is not shown to learners; use Markdown: ![alt text](../images/file.svg)"),
				new LessonIssue(3, 16, ERROR, "event-handler attribute onerror is removed when the lesson is rendered"));
	}

	@Test
	void javascript_links_in_html_and_markdown_are_errors_however_they_are_written() {
		String lesson = "# T\n\n  <a href=\"javascript:void(0)\">x</a>\n\n"
				+ "[bad](javascript:alert(1)) <JavaScript:alert(2)> <a href=' jav&#x09;ascript&colon;x'>y</a>\n\n"
				+ "[vb](vbscript:msgbox)\n" + REFERENCES;

		assertThat(lint(lesson)).containsExactly(
				new LessonIssue(3, 6, ERROR, "javascript: URL in href is removed when the lesson is rendered"),
				new LessonIssue(5, 1, ERROR, "javascript: link is removed when the lesson is rendered"),
				new LessonIssue(5, 28, ERROR, "javascript: link is removed when the lesson is rendered"),
				new LessonIssue(5, 53, ERROR, "javascript: URL in href is removed when the lesson is rendered"),
				new LessonIssue(7, 1, ERROR, "vbscript: link is removed when the lesson is rendered"));
	}

	@Test
	void images_without_alt_text_are_warnings() {
		assertThat(lint("# T\n\nText ![](../images/a.svg) and ![ ](../images/b.svg)\n" + REFERENCES)).containsExactly(
				new LessonIssue(3, 6, WARNING, "image ../images/a.svg has no alt text; describe it for screen readers"),
				new LessonIssue(3, 31, WARNING, "image ../images/b.svg has no alt text; describe it for screen readers"));
	}

	@Test
	void a_lesson_without_a_references_section_gets_a_warning_at_its_last_line() {
		LessonIssue missing = new LessonIssue(3, 1, WARNING,
				"no ## References section; end the lesson with one naming its primary sources");

		assertThat(lint("# T\n\nText.\n")).containsExactly(missing);
		assertThat(lint("# T\n\nText.")).containsExactly(missing);
		assertThat(lint("# T\n\n### References\n")).containsExactly(missing);
	}

	@Test
	void an_unknown_callout_kind_is_a_warning() {
		assertThat(lint("# T\n\n> [!DANGER]\n> High voltage.\n" + REFERENCES)).containsExactly(new LessonIssue(3, 3,
				WARNING, "[!DANGER] is not a callout; use NOTE, TIP, IMPORTANT, WARNING or CAUTION"));
	}

	@Test
	void an_empty_lesson_reports_the_title_and_the_references() {
		assertThat(lint("")).extracting(LessonIssue::line, LessonIssue::column, LessonIssue::severity)
			.containsExactly(tuple(1, 1, ERROR), tuple(1, 1, WARNING));
	}

	@Test
	void positions_ignore_a_byte_order_mark_and_windows_line_endings() {
		assertThat(lint("\uFEFF# T\r\n\r\nA <script>x</script>\r\n" + REFERENCES))
			.containsExactly(new LessonIssue(3, 3, ERROR, "<script> is removed when the lesson is rendered"));
	}

	@Test
	void images_lists_every_markdown_image_with_its_position() {
		String lesson = """
				# T

				![Flat network](../images/flat.svg "Figure 1") and ![Ring](<../images/ring topology.svg>)

				| Port | Picture |
				|---|---|
				| 104 | ![DICOM](../images/dicom\\_flow.png) |

				> [!NOTE]
				> ![Rack][rack]

				[rack]: ../images/rack.jpg
				""";

		assertThat(lint.images(lesson)).containsExactly(new ImageReference("../images/flat.svg", 3, 1),
				new ImageReference("../images/ring topology.svg", 3, 52), new ImageReference("../images/dicom_flow.png", 7, 9),
				new ImageReference("../images/rack.jpg", 10, 3));
	}

}
