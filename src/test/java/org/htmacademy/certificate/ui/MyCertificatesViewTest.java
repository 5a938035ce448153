package org.htmacademy.certificate.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertificateAdministration;
import org.htmacademy.certificate.CertifiedLearners;
import org.htmacademy.certificate.CertifiedLearners.Certified;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.certificate.badge.CredentialCheck;
import org.htmacademy.certificate.badge.PlatformSigningKey;
import org.htmacademy.certificate.badge.VcJwtVerifier;
import org.htmacademy.certificate.pdf.PdfChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class })
@ViewPackages(packages = "org.htmacademy")
class MyCertificatesViewTest extends SpringBrowserlessTest {

	@TempDir
	Path tree;

	@Autowired
	CertifiedLearners learners;

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
	void each_certificate_shows_course_date_credit_status_number_and_verification_link() {
		Certified zoe = learners.certified(learners.newCourse(tree), "Zoë Ødegård-Łukasiewicz");
		learners.renames(zoe.email(), "Zoë Ødegård");
		signIn.as("admin@example.com");
		IssuedCertificate replacement = administration.reissue(zoe.certificate().number(), "Legal name change");
		signIn.as(zoe.email());

		MyCertificatesView view = navigate(MyCertificatesView.class);

		List<CertificateCard> cards = cards(view);
		assertThat(cards).hasSize(2);
		String text = view.list.getElement().getTextRecursively();
		assertThat(text).contains("Electrical Safety Testing Basics", "Valid", "Replaced",
				"0.25 contact hours · 0.025 CEUs (1 CEU = 10 contact hours)", "(Coordinated Universal Time)",
				replacement.number(), zoe.certificate().number(), replacement.verificationUrl(),
				"Legal name change. Your new certificate is in this list.");
		CertificateCard valid = cards.stream().filter(card -> card.pdf.getParent().isPresent()).findFirst().orElseThrow();
		assertThat(valid.getElement().getTextRecursively()).contains(replacement.number());
		assertThat(cards).filteredOn(card -> card.pdf.getParent().isPresent())
			.as("only the valid certificate offers downloads")
			.hasSize(1);
	}

	@Test
	void the_pdf_download_is_the_certificate_named_by_its_number() throws Exception {
		Certified ana = learners.certified(learners.newCourse(tree), "Ana Ruiz");
		signIn.as(ana.email());
		CertificateCard card = cards(navigate(MyCertificatesView.class)).getFirst();

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		test(card.pdf).download(pdf);

		assertThat(PdfChecks.text(pdf.toByteArray())).contains("Ana Ruiz", ana.certificate().number());
		assertThat(PdfChecks.qrCode(pdf.toByteArray())).isEqualTo(ana.certificate().verificationUrl());
		assertThat(card.pdf.getHref()).endsWith("/" + ana.certificate().number() + ".pdf");
	}

	@Test
	void the_open_badge_download_verifies_against_the_published_key_set_and_tampering_is_caught() throws Exception {
		Certified ana = learners.certified(learners.newCourse(tree), "Ana Ruiz");
		signIn.as(ana.email());
		CertificateCard card = cards(navigate(MyCertificatesView.class)).getFirst();

		ByteArrayOutputStream file = new ByteArrayOutputStream();
		test(card.badge).download(file);
		String jwt = file.toString(StandardCharsets.US_ASCII);

		assertThat(card.badge.getHref()).endsWith("/" + ana.certificate().number() + ".jwt");
		VcJwtVerifier verifier = new VcJwtVerifier(key.publicJwkSetJson());
		assertThat(verifier.verify(jwt, Instant.now())).isInstanceOfSatisfying(CredentialCheck.Verified.class,
				verified -> assertThat(verified.credential().get("id")).isEqualTo(ana.certificate().verificationUrl()));
		assertThat(verifier.verify(tamper(jwt), Instant.now())).isInstanceOf(CredentialCheck.Rejected.class);
	}

	@Test
	void a_learner_without_certificates_is_told_how_to_earn_one() {
		signIn.as(learners.register("New Learner"));

		MyCertificatesView view = navigate(MyCertificatesView.class);

		assertThat(cards(view)).isEmpty();
		assertThat(view.list.getElement().getTextRecursively()).contains("You have no certificate yet",
				"Browse the course catalog");
	}

	/** The payload with the learner's name changed, the signature kept. */
	static String tamper(String jwt) {
		String[] parts = jwt.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		assertThat(payload).contains("Ana Ruiz");
		String forged = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replace("Ana Ruiz", "Eve Forger").getBytes(StandardCharsets.UTF_8));
		return parts[0] + "." + forged + "." + parts[2];
	}

	private static List<CertificateCard> cards(MyCertificatesView view) {
		return view.list.getChildren()
			.filter(CertificateCard.class::isInstance)
			.map(CertificateCard.class::cast)
			.toList();
	}

}
