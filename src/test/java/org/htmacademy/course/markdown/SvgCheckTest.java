package org.htmacademy.course.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.htmacademy.course.markdown.Severity.ERROR;

class SvgCheckTest {

	static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

	final SvgCheck check = new SvgCheck();

	@Test
	void a_drawing_with_internal_references_embedded_images_and_a_plain_doctype_passes() {
		String svg = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
				""" + SVG + """
				  <defs><linearGradient id="g"/><rect id="r" width="1" height="1"/></defs>
				  <style>.wire { stroke: url(#g); }</style>
				  <use href="#r"/><use xlink:href="#r" style="fill: url(#g)"/>
				  <image href="data:image/png;base64,iVBORw0KGgo="/>
				  <text opacity="0.5" font-family="sans-serif">Switch &amp; VLAN 20 &lt; 30</text>
				</svg>
				""";

		assertThat(check.check(svg)).isEmpty();
	}

	@Test
	void script_elements_are_rejected_at_their_tag() {
		assertThat(check.check(SVG + "  <script>alert(1)</script>\n</svg>"))
			.containsExactly(new LessonIssue(2, 3, ERROR, "<script> is not allowed in an SVG image"));
	}

	@Test
	void event_handler_attributes_are_rejected_at_the_attribute() {
		assertThat(check.check(SVG + "<rect width=\"1\"\n      onclick=\"alert(1)\" onLoad='x'/></svg>")).containsExactly(
				new LessonIssue(3, 7, ERROR, "event-handler attribute onclick is not allowed"),
				new LessonIssue(3, 26, ERROR, "event-handler attribute onLoad is not allowed"));
	}

	@Test
	void javascript_urls_are_rejected_in_links_and_animations() {
		assertThat(check.check(SVG + "<a href=\"javascript:alert(1)\"><text>x</text></a>\n"
				+ "<a xlink:href=\" JAVASCRIPT:alert(2)\"/><set attributeName=\"href\" to=\"javascript:alert(3)\"/>"
				+ "<set attributeName=\"onmouseover\" to=\"alert(4)\"/></svg>"))
			.containsExactly(new LessonIssue(2, 4, ERROR, "javascript: URL in href is not allowed"),
					new LessonIssue(3, 4, ERROR, "javascript: URL in xlink:href is not allowed"),
					new LessonIssue(3, 65, ERROR, "javascript: URL in to is not allowed"),
					new LessonIssue(3, 96, ERROR, "animating the event-handler attribute onmouseover is not allowed"));
	}

	@Test
	void external_references_are_rejected() {
		assertThat(check.check(SVG + "<image href=\"https://cdn.example/a.png\"/>\n<use xlink:href=\"http://x.example/s.svg#a\"/>\n"
				+ "<image href=\"//cdn.example/b.png\"/>\n<rect style=\"fill: url('https://x.example/p.svg#p')\"/>\n</svg>"))
			.containsExactly(
					new LessonIssue(2, 8, ERROR,
							"href refers to https://cdn.example/a.png outside the image; put the resource in the SVG file"),
					new LessonIssue(3, 6, ERROR,
							"xlink:href refers to http://x.example/s.svg#a outside the image; put the resource in the SVG file"),
					new LessonIssue(4, 8, ERROR,
							"href refers to //cdn.example/b.png outside the image; put the resource in the SVG file"),
					new LessonIssue(5, 7, ERROR,
							"style refers to https://x.example/p.svg#p outside the image; put the resource in the SVG file"));
	}

	@Test
	void style_sheets_that_load_from_elsewhere_are_rejected() {
		assertThat(check.check("<?xml-stylesheet href=\"https://x.example/s.css\"?>\n" + SVG
				+ "<style><![CDATA[@import url(https://fonts.example/f.css);]]></style></svg>"))
			.extracting(LessonIssue::line, LessonIssue::column)
			.containsExactly(tuple(1, 1), tuple(3, 1),
					tuple(3, 1));
	}

	@Test
	void foreign_objects_are_rejected() {
		assertThat(check.check(SVG + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>"))
			.containsExactly(new LessonIssue(2, 1, ERROR, "<foreignObject> is not allowed in an SVG image: it can embed HTML"));
	}

	@Test
	void entity_declarations_are_rejected_and_never_expanded() {
		String svg = "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" + SVG + "<text>&xxe;</text></svg>";

		assertThat(check.check(svg)).first()
			.isEqualTo(new LessonIssue(1, 1, ERROR, "a DOCTYPE with its own declarations ([…]) is not allowed"));
		assertThat(check.check(svg)).extracting(LessonIssue::message).noneMatch(message -> message.contains("root:"));
	}

	@Test
	void malformed_xml_is_an_error_with_the_parser_s_position() {
		assertThat(check.check(SVG + "<rect>\n</svg>")).singleElement().satisfies(issue -> {
			assertThat(issue.line()).isEqualTo(3);
			assertThat(issue.severity()).isEqualTo(ERROR);
			assertThat(issue.message()).startsWith("not well-formed XML: ").contains("rect");
		});
	}

	@Test
	void a_file_that_is_not_an_svg_is_rejected() {
		assertThat(check.check("<html><body/></html>"))
			.containsExactly(new LessonIssue(1, 1, ERROR, "the root element is <html>, not <svg>"));
	}

}
