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

}
