package org.htmacademy.course.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

final class CalloutHtmlRenderer implements NodeRenderer {

	private final HtmlNodeRendererContext context;

	private final HtmlWriter html;

	CalloutHtmlRenderer(HtmlNodeRendererContext context) {
		this.context = context;
		this.html = context.getWriter();
	}

	@Override
	public Set<Class<? extends Node>> getNodeTypes() {
		return Set.of(Callout.class);
	}

	@Override
	public void render(Node node) {
		Callout.Kind kind = ((Callout) node).kind();
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("class", "callout " + kind.cssClass());
		attributes.put("role", "note");
		html.line();
		html.tag("div", attributes);
		html.line();
		html.tag("p", Map.of("class", "callout-title"));
		html.text(kind.title());
		html.tag("/p");
		html.line();
		for (Node child = node.getFirstChild(); child != null;) {
			Node next = child.getNext();
			context.render(child);
			child = next;
		}
		html.line();
		html.tag("/div");
		html.line();
	}

}
