package org.htmacademy.course.markdown;

import org.htmacademy.course.gift.TextFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTextTest {

	final LessonRenderer renderer = new LessonRenderer();

	@Test
	void moodle_text_is_escaped_and_keeps_its_line_breaks() {
		assertThat(renderer.renderQuestionText("Port 104 <DICOM>\nor 2575 & \"HL7\"", TextFormat.MOODLE))
			.isEqualTo("Port 104 &lt;DICOM&gt;<br />\nor 2575 &amp; &#34;HL7&#34;");
	}

	@Test
	void plain_text_is_escaped() {
		assertThat(renderer.renderQuestionText("<b>not bold</b> it's", TextFormat.PLAIN))
			.isEqualTo("&lt;b&gt;not bold&lt;/b&gt; it&#39;s");
	}

	@Test
	void a_one_paragraph_markdown_question_renders_without_a_paragraph_element() {
		assertThat(renderer.renderQuestionText("Which **one** of these is a *Class I* feature?", TextFormat.MARKDOWN))
			.isEqualTo("Which <strong>one</strong> of these is a <em>Class I</em> feature?");
	}

	@Test
	void longer_markdown_questions_keep_their_blocks() {
		assertThat(renderer.renderQuestionText("Read this:\n\n```\nping 10.1.20.5\n```", TextFormat.MARKDOWN))
			.contains("<p>Read this:</p>", "<pre><code>ping 10.1.20.5\n</code></pre>");
	}

	@Test
	void markdown_questions_are_sanitized_and_lose_their_images() {
		assertThat(renderer.renderQuestionText("Pick <script>alert(1)</script> ![x](../images/a.svg) [y](javascript:alert(2))",
				TextFormat.MARKDOWN))
			.isEqualTo("Pick   y");
	}

	@Test
	void html_questions_are_sanitized_with_the_lesson_policy() {
		assertThat(renderer.renderQuestionText(
				"<p onclick=\"x()\">Which <em>one</em>?</p><iframe src=\"https://evil.example\"></iframe><img src=\"a.png\">",
				TextFormat.HTML))
			.isEqualTo("<p>Which <em>one</em>?</p>");
	}

}
