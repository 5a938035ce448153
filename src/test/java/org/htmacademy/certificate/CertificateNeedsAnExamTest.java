package org.htmacademy.certificate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

import javax.sql.DataSource;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.repository.CompletionRow;
import org.htmacademy.learning.LearningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issuer refuses a certificate without a passed final exam, even for a version already in the database that
 * was published before the validator required one (DD023): one click on "Mark as read" must not certify anyone.
 */
@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class })
class CertificateNeedsAnExamTest {

	@TempDir
	Path tree;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	LearningService learning;

	@Autowired
	CertificateService certificates;

	@Autowired
	CertificateIssuer issuer;

	@Autowired
	CompletionListener listener;

	@Autowired
	SignIn signIn;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void an_older_version_completed_by_reading_alone_issues_no_certificate_on_reading_nor_in_the_sweep() {
		String courseId = learners.newCourse(tree);
		JdbcTemplate sql = new JdbcTemplate(dataSource);
		// The version as the validator let it through before: certificate true, completed by reading alone.
		sql.update("UPDATE course_version SET requires_final_quiz = FALSE WHERE course_id = (SELECT id FROM course "
				+ "WHERE slug = ?)", courseId);
		String email = learners.enrolled(courseId, "Rui Costa");
		signIn.as(email);

		learning.markLessonComplete(courseId, CertifiedLearners.LESSON);
		listener.sweep();
		long enrolment = sql.queryForObject("SELECT e.id FROM enrolment e JOIN course c ON c.id = e.course_id "
				+ "JOIN app_user u ON u.id = e.user_id WHERE c.slug = ? AND u.email = ?", Long.class, courseId, email);

		assertThat(learning.course(courseId).orElseThrow().awardsCertificate()).as("the course page promises none").isFalse();
		assertThat(certificates.myCertificateFor(courseId)).isEmpty();
		assertThat(issuer.issueIfComplete(enrolment)).isEmpty();
		assertThat(sql.queryForObject("SELECT COUNT(*) FROM certificate WHERE enrolment_id = ?", Integer.class,
				enrolment)).isZero();
	}

	@Test
	void the_same_course_requiring_its_final_exam_certifies_the_learner_who_passes_it() {
		String courseId = learners.newCourse(tree);

		CertifiedLearners.Certified ana = learners.certified(courseId, "Ana Ruiz");

		assertThat(ana.certificate().contactHours()).isEqualByComparingTo("0.25");
	}

	@Test
	void the_rule_needs_a_required_and_existing_final_exam_passed() {
		Instant now = Instant.parse("2027-03-02T10:00:00Z");

		assertThat(CertificateIssuer.complete(row(true, true, true, now))).isTrue();
		assertThat(CertificateIssuer.complete(row(true, true, true, null))).as("exam not passed").isFalse();
		assertThat(CertificateIssuer.complete(row(true, false, true, now))).as("exam not required").isFalse();
		assertThat(CertificateIssuer.complete(row(true, false, false, null))).as("reading alone").isFalse();
		assertThat(CertificateIssuer.complete(row(true, true, false, now))).as("no exam in the version").isFalse();
		assertThat(CertificateIssuer.complete(row(false, true, true, now))).as("no certificate").isFalse();
	}

	private static CompletionRow row(boolean awards, boolean requiresExam, boolean hasExam, Instant passedAt) {
		Instant read = Instant.parse("2027-03-01T10:00:00Z");
		return new CompletionRow(1, 2, 3, 4, "course", "Learner", "Course", "1.0.0", new BigDecimal("0.25"),
				awards, true, requiresExam, 1, 1, read, hasExam, passedAt, "[]", 0, 0, null, 0, 0, null);
	}

}
