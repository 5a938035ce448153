package org.htmacademy.course.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.jspecify.annotations.Nullable;

/** Checks a lesson against the authoring guide ("Lessons: Markdown" in courses/README.md). Thread-safe. */
public final class LessonLint {

	private static final Comparator<LessonIssue> BY_POSITION = Comparator.comparingInt(LessonIssue::line)
		.thenComparingInt(LessonIssue::column);

	public List<LessonIssue> lint(String markdown) {
		Node document = LessonMarkdown.parse(markdown);
		List<LessonIssue> issues = new ArrayList<>();
		if (!startsWithTitle(document)) {
			issues.add(LessonIssue.error(SourcePosition.START,
					"the first line must be the lesson title as a level-1 heading: # Title"));
		}
		Checks checks = new Checks(LessonMarkdown.title(document).orElse(null), issues);
		document.accept(checks);
		if (!checks.hasReferences) {
			issues.add(LessonIssue.warning(new SourcePosition(lastLine(markdown), 1),
					"no ## References section; end the lesson with one naming its primary sources"));
		}
		issues.sort(BY_POSITION);
		return List.copyOf(issues);
	}

	/** Every Markdown image, for the validator to check that its file exists. */
	public List<ImageReference> images(String markdown) {
		List<ImageReference> images = new ArrayList<>();
		LessonMarkdown.parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				SourcePosition at = SourcePosition.of(image);
				images.add(new ImageReference(image.getDestination(), at.line(), at.column()));
			}
		});
		return List.copyOf(images);
	}

	/** Every Markdown link, for the validator to check that relative ones stay inside the course. */
	public List<ImageReference> links(String markdown) {
		List<ImageReference> links = new ArrayList<>();
		LessonMarkdown.parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				SourcePosition at = SourcePosition.of(link);
				links.add(new ImageReference(link.getDestination(), at.line(), at.column()));
				visitChildren(link);
			}
		});
		return List.copyOf(links);
	}

	private static boolean startsWithTitle(Node document) {
		return document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1
				&& SourcePosition.of(heading).line() == 1 && !PlainText.of(heading).isEmpty();
	}

	private static int lastLine(String markdown) {
		int lines = (int) markdown.chars().filter(c -> c == '\n').count();
		return markdown.isEmpty() || markdown.endsWith("\n") ? Math.max(lines, 1) : lines + 1;
	}

	private static final class Checks extends AbstractVisitor {

		private final @Nullable Heading title;

		private final List<LessonIssue> issues;

		private boolean hasReferences;

		Checks(@Nullable Heading title, List<LessonIssue> issues) {
			this.title = title;
			this.issues = issues;
		}

		@Override
		public void visit(Heading heading) {
			if (heading.getLevel() == 1 && heading != title) {
				issues.add(LessonIssue.warning(SourcePosition.of(heading),
						"only the title is a level-1 heading; use ## or ### for sections"));
			}
			if (heading.getLevel() == 2 && PlainText.of(heading).equalsIgnoreCase("References")) {
				hasReferences = true;
			}
			visitChildren(heading);
		}

		@Override
		public void visit(HtmlBlock html) {
			check(html, html.getLiteral());
		}

		@Override
		public void visit(HtmlInline html) {
			check(html, html.getLiteral());
		}

		@Override
		public void visit(Link link) {
			RawHtml.scriptScheme(link.getDestination())
				.ifPresent(scheme -> issues.add(LessonIssue.error(SourcePosition.of(link),
						scheme + ": link is removed when the lesson is rendered")));
			visitChildren(link);
		}

		// Alt text is rendered as plain text, so raw HTML inside it never reaches the page.
		@Override
		public void visit(Image image) {
			if (PlainText.of(image).isEmpty()) {
				issues.add(LessonIssue.warning(SourcePosition.of(image),
						"image " + image.getDestination() + " has no alt text; describe it for screen readers"));
			}
		}

		@Override
		public void visit(BlockQuote quote) {
			if (quote.getParent() instanceof Document) {
				CalloutPostProcessor.markerWord(quote)
					.ifPresent(word -> issues.add(LessonIssue.warning(SourcePosition.of(quote.getFirstChild()),
							"[!" + word + "] is not a callout; use NOTE, TIP, IMPORTANT, WARNING or CAUTION")));
			}
			visitChildren(quote);
		}

		private void check(Node html, String literal) {
			for (RawHtml.Finding finding : RawHtml.scan(literal)) {
				SourcePosition at = SourcePosition.of(html, finding.offset());
				issues.add(new LessonIssue(at.line(), at.column(), finding.severity(), finding.message()));
			}
		}

	}

}
