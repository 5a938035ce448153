package org.htmacademy.certificate.ui;

import java.nio.file.Path;
import java.security.SecureRandom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.htmacademy.HtmSpringTest;
import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertificateAdministration;
import org.htmacademy.certificate.CertificateNumber;
import org.htmacademy.certificate.CertifiedLearners;
import org.htmacademy.certificate.CertifiedLearners.Certified;
import org.htmacademy.certificate.IssuedCertificate;
import org.htmacademy.certificate.Verification;
import org.htmacademy.certificate.VerificationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** The public verification page, for a visitor who is not signed in. */
@HtmSpringTest
@Import({ SignIn.class, CertifiedLearners.class })
@ViewPackages(packages = "org.htmacademy")
class VerificationViewTest extends SpringBrowserlessTest {

	@TempDir
	Path tree;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	CertificateAdministration administration;

	@Autowired
	SignIn signIn;

	String courseId;

	Certified zoe;

	@BeforeEach
	void aCertifiedLearner() {
		courseId = learners.newCourse(tree);
		zoe = learners.certified(courseId, "Zoë Ødegård-Łukasiewicz");
	}

	@AfterEach
	void signOut() {
		signIn.out();
	}

	@Test
	void the_qr_code_link_of_a_valid_certificate_shows_what_the_certificate_says_and_nothing_else() {
		IssuedCertificate certificate = zoe.certificate();

		String qrLink = java.net.URI.create(certificate.verificationUrl()).getPath().substring(1);
		assertThat(qrLink).matches("v/[0-9A-Z]{28}");

		VerificationView view = open(qrLink);

		assertThat(outcome(view)).isEqualTo("✓ Valid certificate");
		assertThat(view.result.getElement().getTextRecursively()).contains("Zoë Ødegård-Łukasiewicz",
				"Electrical Safety Testing Basics", "1.0.0", "(Coordinated Universal Time)",
				"0.25 contact hours · 0.025 CEUs (1 CEU = 10 contact hours)", "HTM Academy", certificate.number())
			.doesNotContain(zoe.email(), courseId);
		assertThat(view.code.getValue()).isEqualTo(qrLink.substring(2));
	}

	@Test
	void a_code_typed_in_lower_case_with_spaces_is_looked_up_and_gets_a_link_of_its_own() {
		VerificationView view = open("verify");
		assertThat(view.result.getChildren()).isEmpty();

		test(view.code).setValue(zoe.certificate().verificationCode().toLowerCase().replace('-', ' '));
		test(view.verify).click();

		VerificationView answer = (VerificationView) getCurrentView();
		assertThat(outcome(answer)).isEqualTo("✓ Valid certificate");
		assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("verify");
		assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("code"))
			.contains(zoe.certificate().verificationCode().toLowerCase().replace('-', ' '));
	}

	@Test
	void the_printed_number_typed_without_hyphens_in_lower_case_with_o_for_zero_verifies() {
		String number = zoe.certificate().number();
		String typed = number.replace("-", "").toLowerCase().replace('0', 'o');
		VerificationView view = open("verify");

		test(view.code).setValue(typed);
		test(view.verify).click();

		VerificationView answer = (VerificationView) getCurrentView();
		assertThat(outcome(answer)).isEqualTo("✓ Valid certificate");
		assertThat(answer.result.getElement().getTextRecursively()).contains("Zoë Ødegård-Łukasiewicz", number);
		assertThat(outcome(open("v/" + number))).as("a link with the number").isEqualTo("✓ Valid certificate");
	}

	@Test
	void a_number_one_character_off_is_not_a_valid_number_and_an_unknown_one_is_not_found() {
		String number = zoe.certificate().number();
		String typo = number.substring(0, 17) + (number.charAt(17) == '7' ? '8' : '7') + number.substring(18);

		VerificationView nearMiss = open("v/" + typo);

		assertThat(outcome(nearMiss)).isEqualTo("Not a valid number or code");
		assertThat(nearMiss.result.getElement().getTextRecursively())
			.contains("“" + typo + "” is not a valid certificate number")
			.doesNotContain(number, "Zoë");

		String unknown = CertificateNumber.generate(java.time.Year.of(2026), new SecureRandom()).value();
		VerificationView notFound = open("v/" + unknown);
		assertThat(outcome(notFound)).isEqualTo("Not found");
		assertThat(notFound.result.getElement().getTextRecursively()).contains("No certificate has this number.");
	}

	@Test
	void the_page_says_where_on_the_certificate_the_number_and_the_code_are() {
		VerificationView view = open("verify");

		assertThat(view.code.getLabel()).isEqualTo("Certificate number or verification code");
		assertThat(view.code.getHelperText()).contains("bottom right of the certificate, beside the QR code",
				"the number under “Certificate No.”", "the 28-character code under “Verification code”");
	}

	@Test
	void an_empty_code_is_refused_before_anything_is_looked_up() {
		VerificationView view = open("verify");

		test(view.verify).click();

		assertThat(view.code.isInvalid()).isTrue();
		assertThat(view.code.getErrorMessage())
			.isEqualTo("Enter the certificate number or the verification code printed on the certificate.");
		assertThat(view.result.getChildren()).isEmpty();
	}

	@Test
	void a_revoked_certificate_shows_when_and_why() {
		signIn.as("admin@example.com");
		administration.revoke(zoe.certificate().number(), "Exam taken by someone else");
		signIn.out();

		VerificationView view = open("v/" + code(zoe.certificate()));

		assertThat(outcome(view)).isEqualTo("✗ Revoked certificate");
		assertThat(view.result.getElement().getTextRecursively()).contains("Revoked on", "Exam taken by someone else",
				zoe.certificate().number())
			.containsPattern("was revoked on \\w+ \\d{1,2}, \\d{4} \\(Coordinated Universal Time\\) and is not valid");
	}

	@Test
	void a_replaced_certificate_names_its_replacement_and_why() {
		learners.renames(zoe.email(), "Zoë Ødegård");
		signIn.as("admin@example.com");
		IssuedCertificate replacement = administration.reissue(zoe.certificate().number(), "Legal name change");
		signIn.out();

		VerificationView view = open("v/" + code(zoe.certificate()));

		assertThat(outcome(view)).isEqualTo("Replaced certificate");
		assertThat(view.result.getElement().getTextRecursively()).contains("Legal name change",
				"by certificate " + replacement.number(), "Replacement certificate", replacement.number(),
				"Replaced on");
	}

	@Test
	void an_unknown_code_says_no_certificate_has_it() {
		String unknown = VerificationCode.generate(new SecureRandom()).grouped();

		VerificationView view = open("v/" + unknown);

		assertThat(outcome(view)).isEqualTo("Not found");
		assertThat(view.result.getElement().getTextRecursively())
			.contains("No certificate has this code. Check it against the certificate");
	}

	@Test
	void a_mistyped_code_says_what_is_wrong() {
		String code = code(zoe.certificate()).replace("-", "");
		String typo = code.substring(0, 5) + (code.charAt(5) == 'X' ? 'Y' : 'X') + code.substring(6);

		VerificationView view = open("v/" + typo);

		assertThat(outcome(view)).isEqualTo("Not a valid number or code");
		assertThat(view.result.getElement().getTextRecursively()).contains("typing mistake");
	}

	@Test
	void too_many_lookups_get_a_plain_message_with_the_wait() {
		VerificationView view = open("verify");

		view.show(new Verification.Throttled(125));

		assertThat(outcome(view)).isEqualTo("Please wait");
		assertThat(view.result.getElement().getTextRecursively())
			.contains("Too many lookups from your network in a short time. Try again in 3 minutes.");
	}

	@Test
	void the_landing_page_verify_box_opens_the_verification_page_with_the_code() {
		UI.getCurrent().navigate("");
		test($(TextField.class).id("verify-code")).setValue(zoe.certificate().verificationCode());
		test($(Button.class).id("landing-verify")).click();

		VerificationView view = (VerificationView) getCurrentView();
		assertThat(view.code.getValue()).isEqualTo(zoe.certificate().verificationCode());
		assertThat(outcome(view)).isEqualTo("✓ Valid certificate");
	}

	private VerificationView open(String path) {
		UI.getCurrent().navigate(path);
		return (VerificationView) getCurrentView();
	}

	private static String outcome(VerificationView view) {
		return view.result.getChildren()
			.findFirst()
			.flatMap(result -> result.getChildren().findFirst())
			.map(heading -> heading.getElement().getText())
			.orElse("(nothing)");
	}

	private static String code(IssuedCertificate certificate) {
		return certificate.verificationCode();
	}

}
