package org.htmacademy.learning.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.htmacademy.HtmSpringTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor without an account browses the catalog and reads a course page, but no lesson, question or progress. */
@HtmSpringTest
@ViewPackages(packages = "org.htmacademy")
class PublicCoursePagesTest extends SpringBrowserlessTest {

	@Test
	void a_visitor_sees_every_published_course_in_the_catalog_with_nothing_marked_enrolled() {
		CatalogView catalog = navigate(CatalogView.class);

		assertThat($(Anchor.class, catalog.results).all()).extracting(Anchor::getHref)
			.contains("courses/med-device-networking-fundamentals");
		assertThat(catalog.results.getElement().getOuterHTML()).doesNotContain("badge-enrolled");
	}

	@Test
	void a_visitor_reads_the_course_description_and_is_offered_sign_in_to_enrol_but_no_lesson_text() {
		UI.getCurrent().navigate("courses/med-device-networking-fundamentals");
		CourseView page = (CourseView) getCurrentView();
		String html = page.getElement().getOuterHTML();

		assertThat(html).contains("What you will learn", "Course outline", "CE credit", "Certification areas",
				"Prerequisites");
		Anchor enrol = $(Anchor.class).id("enrol-sign-in");
		assertThat(enrol.getHref())
			.isEqualTo("courses/med-device-networking-fundamentals/lessons/01-devices-on-the-hospital-network");
		assertThat($(Button.class).withId("enrol").all()).as("enrolling needs an account").isEmpty();
		// lesson titles are plain text to a visitor: no lesson page link, no progress, no resume link
		assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
			.filteredOn(href -> href.contains("/lessons/"))
			.containsExactly(enrol.getHref());
		assertThat(html).doesNotContain("course-progress").doesNotContain("id=\"continue\"");
	}

	@Test
	void an_unknown_course_is_not_found_for_a_visitor_too() {
		UI.getCurrent().navigate("courses/no-such-course");

		assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
	}

}
