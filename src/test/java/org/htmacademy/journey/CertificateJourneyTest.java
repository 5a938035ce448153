package org.htmacademy.journey;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htmacademy.SignIn;
import org.htmacademy.certificate.CertifiedLearners;
import org.htmacademy.certificate.badge.CredentialCheck;
import org.htmacademy.certificate.badge.VcJwtVerifier;
import org.htmacademy.certificate.pdf.PdfChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner completes the guide's one-lesson course, downloads the certificate, and anyone who scans its QR code or
 * types the number or code printed on it sees it is valid. The server listens on a port chosen before it starts, so the public URL printed in the QR code is
 * the address the browser opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "htm.embedded-database.directory=target/embedded-mariadb",
				"htm.embedded-database.wipe-on-start=true", "vaadin.devmode.devTools.enabled=false",
				"htm.signing-key.file=target/test-signing-key.jwk" })
@Import({ SignIn.class, CertifiedLearners.class })
class CertificateJourneyTest {

	static final int PORT = freePort();

	private static final Pattern NUMBER = Pattern.compile("HTMA-\\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}");

	private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){6}");

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry properties) {
		properties.add("server.port", () -> PORT);
	}

	@TempDir
	Path tree;

	@TempDir
	Path downloads;

	@Autowired
	CertifiedLearners learners;

	@Autowired
	SignIn signIn;

	@Test
	void a_learner_downloads_the_certificate_and_its_qr_code_or_printed_number_verifies_it_for_anyone()
			throws Exception {
		String courseId = learners.newCourse(tree);
		String email = learners.register("Zoë Ødegård-Łukasiewicz");
		try (BrowserJourney browser = new BrowserJourney(PORT, downloads)) {
			browser.run("certificate", () -> {
				browser.signIn(email, CertifiedLearners.PASSWORD);
				browser.open("courses/" + courseId);
				browser.click(By.id("enrol"));
				browser.waitFor(By.id("continue"));

				// no quiz pages on this branch yet: the final exam is passed through the quiz service
				signIn.as(email);
				learners.passFinalExam(courseId);
				signIn.out();

				browser.click(By.id("continue"));
				browser.waitFor(By.cssSelector(".lesson-body"));
				browser.click(By.id("mark-complete"));
				assertThat(browser.waitFor(By.id("certificate-earned-notification")).getText())
					.contains("earned your certificate");
				browser.screenshot("certificate-earned-notification");
				browser.open("courses/" + courseId);
				browser.waitFor(By.id("certificate-earned"));
				browser.screenshot("course-certificate-earned");
				browser.open("dashboard");
				browser.waitFor(By.cssSelector(".my-course .certificate-notice"));
				browser.screenshot("dashboard-certificate-earned");

				browser.open("certificates");
				browser.waitFor(By.cssSelector(".certificate-card"));
				browser.screenshot("my-certificates");
				browser.resize(390, 844);
				browser.screenshot("my-certificates-phone");
				browser.resize(1280, 900);
				browser.click(By.cssSelector(".pdf-download"));
				Path pdfFile = browser.downloaded(downloads, "HTMA-\\d{4}-[0-9A-Z]{5}-[0-9A-Z]{5}\\.pdf");
				byte[] pdf = Files.readAllBytes(pdfFile);
				Files.copy(pdfFile, Path.of("target", "screenshots", "downloaded-certificate.pdf"),
						java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				String printed = PdfChecks.text(pdf);
				assertThat(printed).contains("Zoë Ødegård-Łukasiewicz", "Electrical Safety Testing Basics",
						"Certificate No.", "Verification code", "Enter the number or the code at",
						"localhost:" + PORT + "/verify");
				String verificationUrl = PdfChecks.qrCode(pdf);
				assertThat(verificationUrl).matches("http://localhost:" + PORT + "/v/[0-9A-Z]{28}");
				String number = printed(NUMBER, printed);
				String code = printed(CODE, printed);
				assertThat(code.replace("-", "")).as("the printed code is the QR code's")
					.isEqualTo(verificationUrl.substring(verificationUrl.lastIndexOf('/') + 1));

				browser.click(By.cssSelector(".badge-download"));
				String jwt = Files.readString(browser.downloaded(downloads, "HTMA-.*\\.jwt")).strip();
				badgeVerifiesAgainstThePublishedKeySet(jwt);
				jsonEndpointSaysValid(verificationUrl);
				jsonEndpointAcceptsThePrintedNumberAndCode(number, code);

				browser.click(By.id("sign-out"));
				browser.waitFor(By.id("verify-code"));

				// an employer types the number off the paper: no hyphens, lower case, O for zero, L for one
				String typed = number.replace("-", "").toLowerCase().replace('0', 'o').replace('1', 'l');
				browser.open("verify");
				assertThat(browser.waitFor(By.id("verification-code")).getText()).contains("Certificate No.",
						"Verification code", "beside the QR code");
				browser.type("#verification-code", typed);
				browser.click(By.id("verify"));
				browser.wait.until(ExpectedConditions.textToBe(By.id("verification-outcome"), "✓ Valid certificate"));
				assertThat(browser.driver.findElement(By.id("verification")).getText())
					.contains("Zoë Ødegård-Łukasiewicz", number);
				browser.screenshot("verification-by-number");

				// one character off: not a valid number, and no hint at the right one
				String typo = oneOff(number);
				browser.type("#verification-code", typo);
				browser.click(By.id("verify"));
				browser.wait.until(ExpectedConditions.textToBe(By.id("verification-outcome"),
						"Not a valid number or code"));
				assertThat(browser.driver.findElement(By.id("verification")).getText())
					.contains("“" + typo + "” is not a valid certificate number")
					.doesNotContain(number, "Zoë");
				browser.screenshot("verification-number-mistyped");

				// the code as printed, typed with spaces for hyphens
				browser.type("#verification-code", code.replace('-', ' '));
				browser.click(By.id("verify"));
				browser.wait.until(ExpectedConditions.textToBe(By.id("verification-outcome"), "✓ Valid certificate"));

				browser.driver.get(verificationUrl);
				assertThat(browser.waitFor(By.id("verification-outcome")).getText()).isEqualTo("✓ Valid certificate");
				assertThat(browser.driver.findElement(By.id("verification")).getText())
					.contains("Zoë Ødegård-Łukasiewicz", "Electrical Safety Testing Basics",
							"0.25 contact hours · 0.025 CEUs (1 CEU = 10 contact hours)");
				browser.screenshot("verification-valid");
				browser.resize(390, 844);
				browser.screenshot("verification-valid-phone");
				browser.resize(1280, 900);
			});
		}
	}

	@Test
	void an_administrator_revokes_a_certificate_and_downloads_the_course_zip() throws Exception {
		String courseId = learners.newCourse(tree);
		String revokedLink = learners.certified(courseId, "Ana Ruiz").certificate().verificationUrl();
		learners.certified(courseId, "Bo Nguyen");
		try (BrowserJourney browser = new BrowserJourney(PORT, downloads)) {
			browser.run("certificate-administration", () -> {
				browser.signIn("admin@example.com", "keep-it-safe-demo");
				browser.open("teaching/certificates");
				// every test imports its own copy of the guide course, all with this title
				browser.click(By.cssSelector("a[href='teaching/courses/" + courseId + "/certificates']"));
				browser.waitFor(By.id("certificate-summary"));
				browser.wait.until(ExpectedConditions.textToBe(By.id("certificate-summary"),
						"2 valid, 0 revoked, 0 replaced."));
				browser.click(By.xpath("//vaadin-button[normalize-space(.)='Revoke']"));
				browser.waitFor(By.cssSelector("vaadin-text-area textarea")).sendKeys("Issued in error");
				browser.screenshot("revoke-dialog");
				browser.click(By.xpath("//vaadin-button[normalize-space(.)='Revoke certificate']"));
				browser.wait.until(ExpectedConditions.textToBe(By.id("certificate-summary"),
						"1 valid, 1 revoked, 0 replaced."));

				browser.click(By.id("prepare-zip"));
				browser.waitFor(By.id("zip-download"));
				browser.screenshot("course-certificates");
				browser.click(By.id("zip-download"));
				byte[] zip = Files.readAllBytes(browser.downloaded(downloads, courseId + "-certificates\\.zip"));
				assertThat(org.htmacademy.certificate.Zips.unzip(zip).keySet()).hasSize(2)
					.anySatisfy(name -> assertThat(name).startsWith("Bo Nguyen - HTMA-"))
					.contains("manifest.csv");
				browser.resize(390, 844);
				browser.screenshot("course-certificates-phone");
				browser.resize(1280, 900);

				// a visitor types the code into the landing page's box; the answer has an address of its own
				browser.click(By.id("sign-out"));
				browser.type("#verify-code", revokedLink.substring(revokedLink.lastIndexOf('/') + 1).toLowerCase());
				browser.click(By.id("landing-verify"));
				assertThat(browser.waitFor(By.id("verification-outcome")).getText()).isEqualTo("✗ Revoked certificate");
				browser.wait.until(d -> d.getCurrentUrl().contains("/verify?code="));
				browser.refresh();
				assertThat(browser.driver.getCurrentUrl()).contains("/verify?code=");
				assertThat(browser.waitFor(By.id("verification-outcome")).getText()).isEqualTo("✗ Revoked certificate");
				assertThat(browser.driver.findElement(By.id("verification")).getText()).contains("Issued in error");
				browser.screenshot("verification-revoked");
			});
		}
	}

	private static void badgeVerifiesAgainstThePublishedKeySet(String jwt) throws Exception {
		String keySet = get("/.well-known/jwks.json");
		VcJwtVerifier verifier = new VcJwtVerifier(keySet);
		assertThat(verifier.verify(jwt, Instant.now())).isInstanceOf(CredentialCheck.Verified.class);
		String[] parts = jwt.split("\\.");
		String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
		assertThat(verifier.verify(tampered, Instant.now())).isInstanceOf(CredentialCheck.Rejected.class);
	}

	private static void jsonEndpointSaysValid(String verificationUrl) throws Exception {
		String code = verificationUrl.substring(verificationUrl.lastIndexOf('/') + 1);
		assertThat(get("/api/certificates/verify/" + code)).contains("\"status\":\"VALID\"",
				"\"learnerName\":\"Zoë Ødegård-Łukasiewicz\"");
	}

	private static void jsonEndpointAcceptsThePrintedNumberAndCode(String number, String code) throws Exception {
		for (String typed : new String[] { number, number.replace("-", "").toLowerCase(), code,
				code.replace("-", "").toLowerCase() }) {
			assertThat(get("/api/certificates/verify/" + typed)).as(typed)
				.contains("\"status\":\"VALID\"", "\"certificateNumber\":\"" + number + "\"");
		}
		var nearMiss = request("/api/certificates/verify/" + oneOff(number));
		assertThat(nearMiss.statusCode()).isEqualTo(400);
		assertThat(nearMiss.body()).contains("\"status\":\"MALFORMED\"", "is not a valid certificate number")
			.doesNotContain(number);
	}

	/** The number with one character of its random part changed. */
	private static String oneOff(String number) {
		return number.substring(0, 11) + (number.charAt(11) == '7' ? '8' : '7') + number.substring(12);
	}

	private static String printed(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s printed on the certificate", pattern).isTrue();
		return matcher.group();
	}

	/** A real request to the running server, with no session: what an employer's system or a wallet does. */
	private static String get(String path) throws Exception {
		var response = request(path);
		assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
		return response.body();
	}

	private static java.net.http.HttpResponse<String> request(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).build(), BodyHandlers.ofString());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
