package org.htmacademy.course.markdown;

import java.util.List;
import java.util.Optional;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one Markdown dialect of lessons, shared by the renderer and the lint so they never disagree. */
final class LessonMarkdown {

	// Two tildes only: with single ones "~5 mA to ~10 mA" would be struck through.
	static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
			StrikethroughExtension.builder().requireTwoTildes(true).build());

	private static final Parser PARSER = Parser.builder()
		.extensions(EXTENSIONS)
		.postProcessor(new CalloutPostProcessor())
		.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
		.build();

	private LessonMarkdown() {
	}

	static Node parse(String markdown) {
		return PARSER.parse(markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown);
	}

	/** The first top-level level-1 heading: the lesson title. */
	static Optional<Heading> title(Node document) {
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			if (block instanceof Heading heading && heading.getLevel() == 1) {
				return Optional.of(heading);
			}
		}
		return Optional.empty();
	}

}
