package org.htmacademy.learning.ui;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.course.content.Track;
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

	@Test
	void catalog_filters_live_in_the_address_so_a_filtered_catalog_can_be_shared_and_undone_with_back() {
		CatalogView catalog = navigate(CatalogView.class);

		test(catalog.track).selectItem("Dental equipment");
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
			.isEqualTo("catalog?track=dental");

		UI.getCurrent().navigate("catalog", QueryParameters.simple(Map.of("track", "imaging", "q", "PACS")));
		assertThat(catalog.track.getValue()).isEqualTo(Track.IMAGING);
		assertThat(catalog.search.getValue()).isEqualTo("PACS");
		assertThat(catalog.results.getElement().getTextRecursively())
			.contains("PACS Administration and Imaging Informatics")
			.doesNotContain("Dental Unit Water Quality");

		UI.getCurrent().navigate("catalog", QueryParameters.simple(Map.of("track", "no-such-track")));
		assertThat(catalog.track.getValue()).as("an unknown value means any track").isNull();
	}

}
