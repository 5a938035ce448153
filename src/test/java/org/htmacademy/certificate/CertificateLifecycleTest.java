package org.htmacademy.certificate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.account.AccountService;
import org.htmacademy.account.UserAccount;
import org.htmacademy.certificate.pdf.PdfChecks;
import org.htmacademy.course.CourseFolders;
import org.htmacademy.course.CourseImportCommand;
import org.htmacademy.learning.LearningService;
import org.htmacademy.quiz.QuizAnswers;
import org.htmacademy.quiz.QuizService;
import org.htmacademy.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A learner completes the guide's example course (one lesson, a final exam) and earns its certificate. */
@HtmSpringTest
@Import(SignIn.class)
class CertificateLifecycleTest {

	@TempDir
	Path tree;

	@Autowired
	LearningService learning;

	@Autowired
	QuizService quizzes;

	@Autowired
	CertificateService certificates;

	@Autowired
	CertificateAdministration administration;

	@Autowired
	VerificationService verification;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	CourseImportCommand importer;

	@Autowired
	AccountService accounts;

	@Autowired
	SignIn signIn;

	@Autowired
	DataSource dataSource;

	String courseId;

	String learner;

	@BeforeEach
	void anEnrolledLearner() {
		CourseFolders courses = new CourseFolders(tree);
		courseId = courses.addCourse("certified");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		importer.run(tree, new PrintStream(out, true));
		assertThat(out.toString()).contains("PUBLISHED");
		learner = register("Zoë Ødegård-Łukasiewicz");
		signIn.as(learner);
		learning.enrol(courseId);
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void completing_the_course_issues_one_certificate_with_the_snapshot_the_course_file_and_settings_give() {
		passFinalExam();
		assertThat(certificates.myCertificates()).as("the lesson is not read yet").isEmpty();

		learning.markLessonComplete(courseId, "leakage-current");

		IssuedCertificate certificate = certificates.myCertificateFor(courseId).orElseThrow();
		assertThat(certificate.learnerName()).isEqualTo("Zoë Ødegård-Łukasiewicz");
		assertThat(certificate.courseTitle()).isEqualTo("Electrical Safety Testing Basics");
		assertThat(certificate.courseVersion()).isEqualTo("1.0.0");
		assertThat(certificate.contactHours()).isEqualByComparingTo("0.25");
		assertThat(certificate.ceus()).isEqualByComparingTo("0.025");
		assertThat(certificate.certificationAreas()).containsExactly("CBET: Public safety in the healthcare facility");
		assertThat(certificate.number()).matches("HTMA-\\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}");
		assertThat(certificate.verificationUrl()).startsWith("http://localhost").contains("/v/");
		assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);

		learning.markLessonComplete(courseId, "leakage-current");
		passFinalExam();
		assertThat(certificates.myCertificates()).hasSize(1);
	}

	@Autowired
	CertificateEarnedNotice earnedNotice;

	@Test
	void the_results_page_of_the_exam_that_completes_the_course_says_the_certificate_is_earned() {
		learning.markLessonComplete(courseId, "leakage-current");
		var result = passFinalExam();

		var notice = earnedNotice.after(result).orElseThrow();
		assertThat(notice.text()).contains("earned its certificate", "0.25 contact hours",
				certificates.myCertificateFor(courseId).orElseThrow().number());
		assertThat(notice.href()).isEqualTo("certificates");
	}

	@Test
	void no_certificate_notice_while_the_course_is_not_complete() {
		assertThat(earnedNotice.after(passFinalExam())).isEmpty();
	}

	@Autowired
	CompletionListener completion;

	@Test
	void the_sweep_issues_the_certificate_of_a_completed_enrolment_that_has_none() {
		completeTheCourse();
		long enrolmentId = forgetTheCertificate();

		completion.sweep();

		assertThat(sql().queryForObject("SELECT COUNT(*) FROM certificate WHERE completion_key = ?", Integer.class,
				enrolmentId)).isEqualTo(1);
	}

	private long forgetTheCertificate() {
		assertThat(certificates.myCertificates()).as("issued, after waiting for its queue").hasSize(1);
		long enrolmentId = sql().queryForObject(
				"SELECT enrolment_id FROM certificate c JOIN course co ON co.id = c.course_id WHERE co.slug = ?",
				Long.class, courseId);
		sql().update("DELETE FROM certificate_audit WHERE certificate_id IN (SELECT id FROM certificate WHERE enrolment_id = ?)",
				enrolmentId);
		sql().update("DELETE FROM certificate WHERE enrolment_id = ?", enrolmentId);
		return enrolmentId;
	}

	@Test
	void simultaneous_completion_events_issue_exactly_one_certificate() throws Exception {
		completeTheCourse();
		long enrolmentId = forgetTheCertificate();

		int threads = 8;
		CountDownLatch start = new CountDownLatch(threads);
		List<Future<Boolean>> issued = new ArrayList<>();
		try (ExecutorService events = Executors.newFixedThreadPool(threads)) {
			for (int i = 0; i < threads; i++) {
				issued.add(events.submit(() -> {
					start.countDown();
					start.await();
					return issuer.issueIfComplete(enrolmentId).isPresent();
				}));
			}
			int issuedNow = 0;
			for (Future<Boolean> result : issued) {
				issuedNow += result.get() ? 1 : 0;
			}
			assertThat(issuedNow).isEqualTo(1);
		}
		assertThat(sql().queryForObject("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ?", Integer.class,
				enrolmentId)).isEqualTo(1);
	}

	/**
	 * The request that completes a course holds one connection until it returns, after its commit. Issuing the
	 * certificate in that request would need a second one, so twenty learners finishing at once would hold the
	 * whole pool and wait for each other (in the benchmark, 685 of 1,000 failed after the pool's 30 s timeout). Here
	 * the test holds every connection but one.
	 */
	@Test
	void completing_the_course_needs_one_database_connection_not_two() throws Exception {
		learning.markLessonComplete(courseId, "leakage-current");
		HikariDataSource pool = (HikariDataSource) dataSource;
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 1; i < pool.getMaximumPoolSize(); i++) {
				held.add(pool.getConnection());
			}

			passFinalExam();
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}

		assertThat(certificates.myCertificateFor(courseId)).as("issued with the connection the learner returned")
			.isPresent();
	}

	@Test
	void the_pdf_names_the_learner_course_and_hours_and_its_qr_code_leads_to_the_verification_page() throws Exception {
		completeTheCourse();
		IssuedCertificate certificate = certificates.myCertificateFor(courseId).orElseThrow();

		byte[] pdf = certificates.pdf(certificate.number());

		String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("Zoë Ødegård-Łukasiewicz", "Electrical Safety Testing Basics", "0.25",
				certificate.number());
		assertThat(PdfChecks.qrCode(pdf)).isEqualTo(certificate.verificationUrl());
		assertThat(PdfChecks.isPdfA2b(pdf)).isTrue();
		assertThat(certificates.pdf(certificate.number())).as("downloading again").isEqualTo(pdf);
	}

	@Test
	void verification_says_valid_revoked_superseded_unknown_or_malformed() {
		completeTheCourse();
		IssuedCertificate first = certificates.myCertificateFor(courseId).orElseThrow();
		assertThat(verification.verify(first.verificationUrl(), "test-1")).isInstanceOfSatisfying(
				Verification.Valid.class, valid -> {
					assertThat(valid.learnerName()).isEqualTo("Zoë Ødegård-Łukasiewicz");
					assertThat(valid.contactHours()).isEqualByComparingTo("0.25");
				});
		assertThat(verification.verify(first.verificationCode().toLowerCase(), "test-1"))
			.isInstanceOf(Verification.Valid.class);

		accounts.changeMyName("Zoë Ødegård");
		signIn.as("admin@example.com");
		IssuedCertificate second = administration.reissue(first.number(), "Legal name change");
		assertThat(second.learnerName()).isEqualTo("Zoë Ødegård");
		assertThat(verification.verify(first.verificationCode(), "test-1")).isInstanceOfSatisfying(
				Verification.Superseded.class,
				superseded -> assertThat(superseded.replacementNumber()).isEqualTo(second.number()));

		administration.revoke(second.number(), "Exam taken by someone else");
		assertThat(verification.verify(second.verificationCode(), "test-1")).isInstanceOfSatisfying(
				Verification.Revoked.class,
				revoked -> assertThat(revoked.reason()).isEqualTo("Exam taken by someone else"));

		String unknown = VerificationCode.generate(new java.security.SecureRandom()).grouped();
		assertThat(verification.verify(unknown, "test-1")).isInstanceOf(Verification.NotFound.class);
		String typo = first.verificationCode().substring(0, 5) + (first.verificationCode().charAt(5) == 'X' ? 'Y' : 'X')
				+ first.verificationCode().substring(6);
		assertThat(verification.verify(typo, "test-1")).isInstanceOfSatisfying(Verification.Malformed.class,
				malformed -> assertThat(malformed.reason()).contains("typing mistake"));
		assertThat(verification.verify("", "test-1")).isInstanceOf(Verification.Malformed.class);

		assertThat(administration.auditLog(first.number())).extracting(a -> a.action() + " by " + a.actor())
			.containsExactly("ISSUED by null", "SUPERSEDED by admin@example.com");
		assertThat(administration.auditLog(second.number())).extracting(a -> a.action())
			.containsExactly("REISSUED", "REVOKED");
	}

	@Test
	void lookups_from_one_client_are_throttled_and_other_clients_are_not() {
		Verification last = null;
		for (int i = 0; i < 31; i++) {
			last = verification.verify("0000", "busy-client");
		}
		assertThat(last).isInstanceOf(Verification.Throttled.class);
		assertThat(verification.verify("0000", "quiet-client")).isInstanceOf(Verification.Malformed.class);
	}

	@Test
	void only_the_courses_instructors_and_administrators_manage_its_certificates() {
		completeTheCourse();
		String number = certificates.myCertificateFor(courseId).orElseThrow().number();

		String stranger = register("Stranger Instructor");
		grantInstructor(stranger);
		signIn.as(stranger);
		assertThatThrownBy(() -> administration.revoke(number, "no reason")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> certificates.pdf(number)).isInstanceOf(AccessDeniedException.class);

		String teacher = register("Course Instructor");
		long teacherId = grantInstructor(teacher);
		sql().update("INSERT INTO course_instructor (course_id, user_id, assigned_at) "
				+ "SELECT id, ?, NOW(6) FROM course WHERE slug = ?", teacherId, courseId);
		signIn.as(teacher);
		assertThat(certificates.pdf(number)).isNotEmpty();
		assertThat(administration.revoke(number, "Issued in error").status()).isEqualTo(CertificateStatus.REVOKED);

		signIn.as(register("Another Learner"));
		assertThatThrownBy(() -> certificates.pdf(number)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> administration.certificatesOf(courseId)).isInstanceOf(AccessDeniedException.class);
	}

	private void completeTheCourse() {
		learning.markLessonComplete(courseId, "leakage-current");
		passFinalExam();
	}

	private org.htmacademy.quiz.AttemptResult passFinalExam() {
		return QuizAnswers.passFinalExam(quizzes, courseId);
	}

	private long grantInstructor(String email) {
		String me = learner;
		signIn.as("admin@example.com");
		UserAccount account = accounts.findAccounts(email).getFirst();
		accounts.updateAccess(account.id(), Set.of(Role.LEARNER, Role.INSTRUCTOR), true, account.version());
		signIn.as(me);
		return account.id();
	}

	private String register(String name) {
		String email = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.register(email, "check the ground pin", name);
		return email;
	}

	private JdbcTemplate sql() {
		return new JdbcTemplate(dataSource);
	}

}
