package org.htmacademy.learning.ui;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertifiedLearners;
import org.htmacademy.certificate.pdf.PdfChecks;
import org.htmacademy.common.ui.CertificateNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The learner is told, where they complete a course and wherever they come back to it, that they earned its certificate. */
@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class })
@ViewPackages(packages = "org.htmacademy")
class CertificateNoticesTest extends SpringBrowserlessTest {

	@TempDir
	Path tree;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	SignIn signIn;

	String courseId;

	@BeforeEach
	void aLearnerEnrolledInTheGuideCourse() {
		courseId = learners.newCourse(tree);
		signIn.as(learners.enrolled(courseId, "Ana Ruiz"));
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void reading_the_last_lesson_after_passing_the_exam_announces_the_certificate_with_its_download() throws Exception {
		learners.passFinalExam(courseId);
		LessonView lesson = openLesson();
		assertThat(lesson.announced).isNull();

		test(lesson.markComplete).click();

		assertThat(lesson.announced).isNotNull();
		assertThat(lesson.announced.isOpened()).isTrue();
		assertThat(lesson.announced.getElement().getTextRecursively())
			.contains("You completed Electrical Safety Testing Basics and earned your certificate.",
					"Download the certificate (PDF)", "All my certificates");
		assertThat(PdfChecks.text(download(lesson.announced.getChildren()
			.findFirst()
			.orElseThrow()))).contains("Ana Ruiz");
	}

	@Test
	void reading_a_lesson_that_does_not_complete_the_course_announces_nothing() {
		LessonView lesson = openLesson();

		test(lesson.markComplete).click();

		assertThat(lesson.announced).as("the final exam is still to pass").isNull();
	}

	@Test
	void the_course_page_and_the_dashboard_offer_the_earned_certificate() throws Exception {
		UI.getCurrent().navigate("courses/" + courseId);
		assertThat($(CertificateNotice.class).all()).as("not earned yet").isEmpty();
		learners.passFinalExam(courseId);
		test(openLesson().markComplete).click();

		UI.getCurrent().navigate("courses/" + courseId);
		CertificateNotice onCoursePage = $(CertificateNotice.class).id("certificate-earned");
		assertThat(onCoursePage.getElement().getTextRecursively()).startsWith("Certificate earned — you completed this course.");
		assertThat(PdfChecks.text(download(onCoursePage))).contains("Electrical Safety Testing Basics");

		DashboardView dashboard = navigate(DashboardView.class);
		Div card = $(Div.class, dashboard).withClassName("my-course").single();
		assertThat(card.getElement().getTextRecursively()).contains("You earned your certificate.",
				"Download the certificate (PDF)");
	}

	private LessonView openLesson() {
		UI.getCurrent().navigate("courses/" + courseId + "/lessons/" + CertifiedLearners.LESSON);
		return (LessonView) getCurrentView();
	}

	private byte[] download(com.vaadin.flow.component.Component notice) {
		Anchor link = $(Anchor.class, notice).withClassName("certificate-download").single();
		assertThat(link.getHref()).endsWith(".pdf");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		test(link).download(pdf);
		return pdf.toByteArray();
	}

}
