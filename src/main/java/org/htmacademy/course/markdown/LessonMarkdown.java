package org.htmacademy.course.markdown;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
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

}
