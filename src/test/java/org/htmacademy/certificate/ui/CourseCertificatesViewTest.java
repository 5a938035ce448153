package org.htmacademy.certificate.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertificateStatus;
import org.htmacademy.certificate.CertifiedLearners;
import org.htmacademy.certificate.CertifiedLearners.Certified;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.certificate.Zips;
import org.htmacademy.certificate.CertificateAdministration;
import com.vaadin.flow.component.button.Button;
import org.htmacademy.certificate.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** A course's certificates as its instructor manages them. */
@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class })
@ViewPackages(packages = "org.htmacademy")
class CourseCertificatesViewTest extends SpringBrowserlessTest {

	@TempDir
	Path tree;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	SignIn signIn;

	@Autowired
	CertificateAdministration administration;

	String courseId;

	Certified ana;

	Certified bo;

	String instructor;

	@BeforeEach
	void aCourseWithTwoCertificatesAndItsInstructor() {
		courseId = learners.newCourse(tree);
		ana = learners.certified(courseId, "Ana Ruiz");
		bo = learners.certified(courseId, "Bo Nguyen");
		instructor = learners.register("Priya Instructor");
		learners.teaches(instructor, courseId);
		signIn.as(instructor);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_instructor_finds_the_course_in_the_menu_page_and_sees_each_certificate_with_its_status() {
		ManagedCoursesView courses = navigate(ManagedCoursesView.class);
		assertThat(test(courses.courses).size()).isEqualTo(1);
		assertThat(test(courses.courses).getRow(0).valid()).isEqualTo(2);

		CourseCertificatesView view = open();

		assertThat(view.summary.getText()).isEqualTo("2 valid, 0 revoked, 0 replaced.");
		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Ana Ruiz");
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(ana.certificate().number());
		assertThat(test(view.grid).getCellText(0, 2)).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}");
		assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("0.25");
	}

	@Test
	void revoking_needs_a_reason_and_then_the_list_says_revoked() {
		CourseCertificatesView view = open();
		test(action(view, 0, "Revoke")).click();
		ReasonDialog dialog = $(ReasonDialog.class).single();
		assertThat(dialog.getHeaderTitle()).isEqualTo("Revoke certificate " + ana.certificate().number());

		test(dialog.confirm).click();
		assertThat(dialog.reason.isInvalid()).as("no reason given").isTrue();
		assertThat(dialog.isOpened()).isTrue();
		assertThat(row(view, 0).status()).isEqualTo(CertificateStatus.VALID);

		test(dialog.reason).setValue("Exam taken by someone else");
		test(dialog.confirm).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(row(view, 0).status()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(row(view, 0).statusReason()).contains("Exam taken by someone else");
		assertThat(view.summary.getText()).isEqualTo("1 valid, 1 revoked, 0 replaced.");

		assertThat(gridButtons(view, 0)).as("a revoked certificate can only show its log").containsExactly("Log");
		test(action(view, 0, "Log")).click();
		AuditLogDialog log = $(AuditLogDialog.class).single();
		assertThat(test(log.entries).size()).isEqualTo(2);
		assertThat(test(log.entries).getCellText(0, 1)).isEqualTo("Issued");
		assertThat(test(log.entries).getCellText(0, 2)).isEqualTo("HTM Academy, on completion");
		assertThat(test(log.entries).getCellText(1, 1)).isEqualTo("Revoked");
		assertThat(test(log.entries).getCellText(1, 2)).isEqualTo(instructor);
		assertThat(test(log.entries).getCellText(1, 3)).isEqualTo("Exam taken by someone else");
	}

	@Test
	void re_issuing_explains_the_name_it_uses_and_replaces_the_certificate() {
		learners.renames(bo.email(), "Bo Nguyen-Tran");
		signIn.as(instructor);
		CourseCertificatesView view = open();
		test(action(view, 1, "Re-issue")).click();
		ReasonDialog dialog = $(ReasonDialog.class).single();

		assertThat(dialog.getElement().getTextRecursively()).contains("current certificate name", "“Bo Nguyen-Tran”");
		test(dialog.reason).setValue("Legal name change");
		test(dialog.confirm).click();

		assertThat(test(view.grid).size()).isEqualTo(3);
		assertThat(view.summary.getText()).isEqualTo("2 valid, 0 revoked, 1 replaced.");
		assertThat(gridRows(view)).anySatisfy(c -> {
			assertThat(c.learnerName()).isEqualTo("Bo Nguyen-Tran");
			assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
		}).anySatisfy(c -> {
			assertThat(c.number()).isEqualTo(bo.certificate().number());
			assertThat(c.status()).isEqualTo(CertificateStatus.SUPERSEDED);
		});
	}

	@Test
	void all_valid_certificates_download_as_one_zip_with_progress() throws Exception {
		CourseCertificatesView view = open();
		CountDownLatch go = new CountDownLatch(1);
		view.zip.background = task -> Thread.ofVirtual().start(() -> {
			try {
				go.await(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			task.run();
		});

		test(view.zip.generate).click();
		assertThat(view.zip.generate.isEnabled()).isFalse();
		assertThat(view.zip.progress.isVisible()).isTrue();
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(CertificateZipPanel.POLL_MILLIS);
		assertThat(view.zip.download.isVisible()).isFalse();

		go.countDown();
		view.zip.running.get(1, TimeUnit.MINUTES);
		nextPoll();

		assertThat(view.zip.progressText.getText()).isEqualTo("2 of 2 certificates");
		assertThat(view.zip.download.isVisible()).isTrue();
		assertThat(view.zip.download.getText()).startsWith("Download " + courseId + "-certificates.zip (2 certificates, ");
		assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		test(view.zip.download).download(zip);
		Map<String, byte[]> entries = Zips.unzip(zip.toByteArray());
		assertThat(entries.keySet()).containsExactlyInAnyOrder("Ana Ruiz - " + ana.certificate().number() + ".pdf",
				"Bo Nguyen - " + bo.certificate().number() + ".pdf", "manifest.csv");
		assertThat(PdfChecks.text(entries.get("Ana Ruiz - " + ana.certificate().number() + ".pdf")))
			.contains("Ana Ruiz");
		assertThat(new String(entries.get("manifest.csv"), StandardCharsets.UTF_8)).contains(bo.certificate().number());
	}

	@Test
	void an_instructor_of_another_course_is_told_they_do_not_manage_it() {
		String mine = learners.newCourse(tree);
		String other = learners.register("Other Instructor");
		learners.teaches(other, mine);
		signIn.as(other);

		UI.getCurrent().navigate(CourseCertificatesView.path(courseId));

		CourseCertificatesView view = (CourseCertificatesView) getCurrentView();
		assertThat(view.getElement().getTextRecursively()).contains("You do not manage the certificates of this course")
			.doesNotContain("Ana Ruiz");
	}

	private CourseCertificatesView open() {
		UI.getCurrent().navigate(CourseCertificatesView.path(courseId));
		return (CourseCertificatesView) getCurrentView();
	}

	private IssuedCertificate row(CourseCertificatesView view, int index) {
		return test(view.grid).getRow(index);
	}

	private java.util.List<IssuedCertificate> gridRows(CourseCertificatesView view) {
		Grid<IssuedCertificate> grid = view.grid;
		return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
	}

	private Button action(CourseCertificatesView view, int row, String text) {
		return test(view.grid).getCellComponent(row, 5)
			.getChildren()
			.map(Button.class::cast)
			.filter(button -> button.getText().equals(text))
			.findFirst()
			.orElseThrow();
	}

	private java.util.List<String> gridButtons(CourseCertificatesView view, int row) {
		return test(view.grid).getCellComponent(row, 5).getChildren().map(b -> ((Button) b).getText()).toList();
	}

	private static void nextPoll() {
		VaadinSession session = VaadinSession.getCurrent();
		session.unlock();
		session.lock();
		roundTrip();
	}

}
