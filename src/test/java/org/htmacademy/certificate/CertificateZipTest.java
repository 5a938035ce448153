package org.htmacademy.certificate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertifiedLearners.Certified;
import org.htmacademy.certificate.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every valid certificate of a course as one ZIP, for an instructor who sends them on. */
@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class })
class CertificateZipTest {

	@TempDir
	Path tree;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	CertificateAdministration administration;

	@Autowired
	SignIn signIn;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_zip_holds_a_pdf_per_valid_certificate_named_by_learner_and_number_and_a_manifest() throws Exception {
		String courseId = learners.newCourse(tree);
		Certified ana = learners.certified(courseId, "Ana Ruiz");
		Certified bo = learners.certified(courseId, "Bo Nguyen");
		Certified revoked = learners.certified(courseId, "Cy Revoked");
		// the name rule refuses "=" at entry (PersonName); a name stored before it still reaches the export defused
		String formulaEmail = learners.register("Doc Ødegård");
		jdbc.update("update app_user set full_name = ? where email = ?", "=HYPERLINK(\"x\") \"Doc\" Ødegård",
				formulaEmail);
		Certified formula = new Certified(formulaEmail, learners.completes(formulaEmail, courseId));
		signIn.as("admin@example.com");
		administration.revoke(revoked.certificate().number(), "Issued in error");
		List<String> progress = new ArrayList<>();

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int count = administration.writeValidCertificates(courseId, out, (done, total) -> progress.add(done + "/" + total));

		assertThat(count).isEqualTo(3);
		assertThat(progress).containsExactly("1/3", "2/3", "3/3");
		Map<String, byte[]> entries = Zips.unzip(out.toByteArray());
		String formulaFile = "=HYPERLINK(_x_) _Doc_ Ødegård - " + formula.certificate().number() + ".pdf";
		assertThat(entries.keySet()).containsExactlyInAnyOrder("Ana Ruiz - " + ana.certificate().number() + ".pdf",
				"Bo Nguyen - " + bo.certificate().number() + ".pdf", formulaFile, "manifest.csv");
		for (Certified learner : List.of(ana, bo, formula)) {
			byte[] pdf = entries.entrySet().stream()
				.filter(entry -> entry.getKey().contains(learner.certificate().number()))
				.findFirst().orElseThrow().getValue();
			assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(PdfChecks.text(pdf)).contains(learner.certificate().number());
			assertThat(PdfChecks.qrCode(pdf)).isEqualTo(learner.certificate().verificationUrl());
		}

		String manifest = new String(entries.get("manifest.csv"), StandardCharsets.UTF_8);
		assertThat(manifest).startsWith("\uFEFFfile,certificate_number,learner_name,course_title,course_version,"
				+ "completed_on,time_zone,contact_hours,ceus,verification_url\r\n");
		List<String> lines = manifest.lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"Ana Ruiz - " + ana.certificate().number()
				+ ".pdf\",\"" + ana.certificate().number() + "\",\"Ana Ruiz\",\"Electrical Safety Testing Basics\","
				+ "\"1.0.0\",").endsWith(",\"UTC\",0.25,0.025,\"" + ana.certificate().verificationUrl() + "\""));
		assertThat(manifest).as("a name a spreadsheet would run as a formula is defused")
			.contains(",\"'=HYPERLINK(\"\"x\"\") \"\"Doc\"\" Ødegård\",")
			.doesNotContain("Cy Revoked");
	}

	@Test
	void only_the_courses_instructors_and_administrators_get_the_zip_even_of_a_course_without_certificates() {
		String courseId = learners.newCourse(tree);
		String stranger = learners.register("Stranger Instructor");
		learners.teaches(stranger, learners.newCourse(tree));
		signIn.as(stranger);

		assertThatThrownBy(() -> administration.writeValidCertificates(courseId, new ByteArrayOutputStream(),
				(done, total) -> {
				})).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.certificatesOf(courseId)).as("an empty list would hide the refusal")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.managedCourse("no-such-course")).isInstanceOf(AccessDeniedException.class);
		assertThat(administration.coursesIManage()).extracting(ManagedCourse::courseId).doesNotContain(courseId);

		String teacher = learners.register("Course Instructor");
		learners.teaches(teacher, courseId);
		signIn.as(teacher);
		assertThat(administration.certificatesOf(courseId)).isEmpty();
		assertThat(administration.coursesIManage()).extracting(ManagedCourse::courseId).containsExactly(courseId);
	}

}
