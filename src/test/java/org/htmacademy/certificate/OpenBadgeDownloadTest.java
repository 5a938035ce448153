package org.htmacademy.certificate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertifiedLearners.Certified;
import org.htmacademy.certificate.badge.CredentialCheck;
import org.htmacademy.certificate.badge.PlatformSigningKey;
import org.htmacademy.certificate.badge.VcJwtVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stored certificate as the Open Badges 3.0 credential its holder downloads. */
@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class })
class OpenBadgeDownloadTest {

	@TempDir
	Path tree;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	CertificateService certificates;

	@Autowired
	CertificateAdministration administration;

	@Autowired
	PlatformSigningKey key;

	@Autowired
	SignIn signIn;

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	@SuppressWarnings("unchecked")
	void the_credential_carries_the_certificate_and_a_recipient_id_that_is_stable_but_reveals_no_account()
			throws Exception {
		String courseId = learners.newCourse(tree);
		Certified ana = learners.certified(courseId, "Ana Ruiz");
		IssuedCertificate second = learners.completes(ana.email(), learners.newCourse(tree));
		Certified bo = learners.certified(courseId, "Bo Nguyen");
		signIn.as(ana.email());

		String jwt = certificates.openBadge(ana.certificate().number());

		CredentialCheck check = new VcJwtVerifier(key.publicJwkSetJson()).verify(jwt, Instant.now());
		assertThat(check).isInstanceOf(CredentialCheck.Verified.class);
		Map<String, Object> credential = ((CredentialCheck.Verified) check).credential();
		assertThat(credential.get("id")).isEqualTo(ana.certificate().verificationUrl());
		assertThat((String) credential.get("description")).contains(ana.certificate().number(), "Ana Ruiz",
				"Electrical Safety Testing Basics", "0.25 contact hours", "0.025 CEU (1 CEU = 10 contact hours)");
		Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
		Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
		assertThat(achievement.get("id")).isEqualTo("http://localhost:8080/achievements/" + courseId + "/1.0.0");
		assertThat(((Map<String, Object>) achievement.get("criteria")).get("narrative"))
			.isEqualTo("Read every lesson of the course and passed its final exam.");
		String recipient = (String) subject.get("id");
		assertThat(recipient).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(credential.get("sub")).isEqualTo(recipient);
		assertThat(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0])))
			.contains("\"kid\":\"http://localhost:8080/.well-known/jwks.json#");

		String again = certificates.openBadge(second.number());
		assertThat(subjectId(again)).as("the same learner in another certificate").isEqualTo(recipient);
		signIn.as(bo.email());
		assertThat(subjectId(certificates.openBadge(bo.certificate().number()))).isNotEqualTo(recipient);
	}

	@Test
	void a_revoked_certificate_has_no_credential_and_nobody_else_gets_one() {
		String courseId = learners.newCourse(tree);
		Certified ana = learners.certified(courseId, "Ana Ruiz");
		signIn.as(learners.register("Curious Learner"));
		assertThatThrownBy(() -> certificates.openBadge(ana.certificate().number()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		signIn.as("admin@example.com");
		administration.revoke(ana.certificate().number(), "Issued in error");
		signIn.as(ana.email());
		assertThatThrownBy(() -> certificates.openBadge(ana.certificate().number()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no longer valid");
	}

	@SuppressWarnings("unchecked")
	private String subjectId(String jwt) {
		var check = (CredentialCheck.Verified) new VcJwtVerifier(key.publicJwkSetJson()).verify(jwt, Instant.now());
		return (String) ((Map<String, Object>) check.credential().get("credentialSubject")).get("id");
	}

}
