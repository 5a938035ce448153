package org.htmacademy.learning.ui;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.course.content.Track;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@Import(SignIn.class)
@ViewPackages(packages = "org.htmacademy")
class LearningViewsTest extends SpringBrowserlessTest {

	static final String COURSE = "med-device-networking-fundamentals";

	@Autowired
	SignIn signIn;

	@Autowired
	AccountService accounts;

	@BeforeEach
	void signInAsNewLearner() {
		String email = "viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", "View Tester");
		signIn.as(email);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_catalog_filters_by_track_and_search() {
		CatalogView catalog = navigate(CatalogView.class);
		assertThat(catalog.results.getElement().getTextRecursively()).contains("Medical Device Networking Fundamentals",
				"PACS Administration and Imaging Informatics");

		test(catalog.track).selectItem("Dental equipment");
		assertThat(catalog.results.getElement().getTextRecursively())
			.contains("Dental Unit Water Quality and Sterility Assurance")
			.doesNotContain("Medical Device Networking Fundamentals");

		catalog.track.setValue(null);
		test(catalog.search).setValue("DICOM");
		assertThat(catalog.results.getElement().getTextRecursively()).contains("Clinical Systems Integration")
			.doesNotContain("Dental Equipment Servicing Fundamentals");
		assertThat(catalog.track.getValue()).isNull();
		assertThat(Track.values()).hasSize(4);
	}

	@Test
	void a_learner_enrols_from_the_course_page_and_opens_the_first_lesson() {
		UI.getCurrent().navigate("courses/" + COURSE);
		CourseView course = (CourseView) getCurrentView();
		assertThat(course.getElement().getTextRecursively()).contains("What you will learn", "Course outline",
				"CE credit", "CBET");

		test(course.enrol).click();
		assertThat(find(Paragraph.class).withId("course-progress").single().getText()).matches("0 of \\d+ lessons read");

		UI.getCurrent().navigate("courses/" + COURSE + "/lessons/01-devices-on-the-hospital-network");
		LessonView lesson = (LessonView) getCurrentView();
		assertThat(lesson.getElement().getTextRecursively()).contains("Lesson 1 of");
		test(lesson.markComplete).click();
		assertThat(lesson.markComplete.isEnabled()).isFalse();
	}

}
