package org.htmacademy.certificate;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertifiedLearners.Certified;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep issues the certificate of a completion whose after-commit issue never happened (e.g. a restart). */
@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class })
class CompletionSweepTest {

	@TempDir
	Path tree;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	CompletionListener listener;

	@Autowired
	CertificateService certificates;

	@Autowired
	SignIn signIn;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_sweep_finds_a_completed_enrolment_without_certificate_and_issues_it() {
		Certified ana = learners.certified(learners.newCourse(tree), "Ana Ruiz");
		JdbcTemplate sql = new JdbcTemplate(dataSource);
		long enrolment = sql.queryForObject("SELECT enrolment_id FROM certificate WHERE certificate_number = ?",
				Long.class, ana.certificate().number());
		sql.update("DELETE FROM certificate_audit WHERE certificate_id IN "
				+ "(SELECT id FROM certificate WHERE enrolment_id = ?)", enrolment);
		sql.update("DELETE FROM certificate WHERE enrolment_id = ?", enrolment);

		listener.sweep();

		signIn.as(ana.email());
		assertThat(certificates.myCertificates()).singleElement()
			.satisfies(certificate -> assertThat(certificate.learnerName()).isEqualTo("Ana Ruiz"));
	}

	@Test
	void the_sweep_leaves_a_completion_short_of_its_minimum_seat_time_until_the_time_is_met() {
		Certified ben = learners.certified(learners.newCourse(tree), "Ben Okafor");
		JdbcTemplate sql = new JdbcTemplate(dataSource);
		long enrolment = sql.queryForObject("SELECT enrolment_id FROM certificate WHERE certificate_number = ?",
				Long.class, ben.certificate().number());
		sql.update("DELETE FROM certificate_audit WHERE certificate_id IN "
				+ "(SELECT id FROM certificate WHERE enrolment_id = ?)", enrolment);
		sql.update("DELETE FROM certificate WHERE enrolment_id = ?", enrolment);
		// as if the version asked for 5 minutes and the learner had 4 of them
		sql.update("UPDATE course_version SET minimum_seat_minutes = 5 WHERE id = "
				+ "(SELECT course_version_id FROM enrolment WHERE id = ?)", enrolment);
		sql.update("INSERT INTO enrolment_active_time (enrolment_id, active_seconds, updated_at) VALUES (?, 240, NOW(6))",
				enrolment);

		listener.sweep();
		signIn.as(ben.email());
		assertThat(certificates.myCertificates()).isEmpty();

		sql.update("UPDATE enrolment_active_time SET active_seconds = 300, seat_time_met_at = NOW(6) "
				+ "WHERE enrolment_id = ?", enrolment);
		listener.sweep();
		assertThat(certificates.myCertificates()).singleElement()
			.satisfies(certificate -> assertThat(certificate.learnerName()).isEqualTo("Ben Okafor"));
	}

}
