package org.htmacademy.course.markdown;

import org.htmacademy.course.gift.TextFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders lesson Markdown to HTML that is safe to show to learners. Thread-safe: one instance serves the whole
 * application.
 */
public final class LessonRenderer {

	private final HtmlRenderer lessonHtml = htmlRenderer().build();

	// A one-paragraph question or answer renders without <p>, so it can sit inside a label.
	private final HtmlRenderer questionHtml = htmlRenderer().omitSingleParagraphP(true).build();

	public RenderedLesson render(String markdown, ImageLinks images) {
		Node document = LessonMarkdown.parse(markdown);
		int wordCount = PlainText.countWords(document);
		Optional<Heading> titleHeading = LessonMarkdown.title(document);
		String title = titleHeading.map(PlainText::of).orElse("");
		titleHeading.ifPresent(Node::unlink);
		List<String> headings = headings(document);
		Set<String> imageUrls = resolveImages(document, images);
		String html = LessonHtmlPolicy.sanitize(lessonHtml.render(document), imageUrls);
		return new RenderedLesson(title, html, wordCount, headings);
	}

	/** Quiz text has no image folder of its own, so images in it are left out. */
	public String renderQuestionText(String text, TextFormat format) {
		return switch (format) {
			case MOODLE -> escape(text).replaceAll("\r\n?|\n", "<br />\n");
			case PLAIN -> escape(text);
			case MARKDOWN -> LessonHtmlPolicy.sanitize(questionHtml.render(LessonMarkdown.parse(text)));
			case HTML -> LessonHtmlPolicy.sanitize(text);
		};
	}

	private static HtmlRenderer.Builder htmlRenderer() {
		return HtmlRenderer.builder()
			.extensions(LessonMarkdown.EXTENSIONS)
			.nodeRendererFactory(CalloutHtmlRenderer::new);
	}

	private static List<String> headings(Node document) {
		List<String> headings = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				headings.add(PlainText.of(heading));
			}
		});
		return headings;
	}

	/** Points each known image at its served URL and removes the unknown ones; returns the URLs in use. */
	private static Set<String> resolveImages(Node document, ImageLinks links) {
		List<Image> images = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				images.add(image);
			}
		});
		Set<String> urls = new HashSet<>();
		for (Image image : images) {
			Optional<String> url = Objects.requireNonNull(links.resolve(image.getDestination()));
			url.ifPresentOrElse(served -> {
				image.setDestination(served);
				urls.add(served);
			}, image::unlink);
		}
		return urls;
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> escaped.append(switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&#34;";
			case '\'' -> "&#39;";
			default -> Character.toString(c);
		}));
		return escaped.toString();
	}

}
