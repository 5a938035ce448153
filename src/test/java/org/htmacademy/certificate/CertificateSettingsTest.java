package org.htmacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class CertificateSettingsTest {

	@Test
	void the_printed_verification_page_leaves_out_https_and_any_trailing_slash() {
		assertThat(settings("https://academy.example.org/").printedVerificationPage())
			.isEqualTo("academy.example.org/verify");
		assertThat(settings("https://example.org/htm").printedVerificationPage()).isEqualTo("example.org/htm/verify");
		assertThat(settings("http://localhost:8080").printedVerificationPage())
			.isEqualTo("http://localhost:8080/verify");
	}

	@Test
	void the_qr_code_link_holds_the_code_without_hyphens() {
		VerificationCode code = new VerificationCode(VerificationCode.EXAMPLE.replace("-", ""));

		assertThat(settings("https://academy.example.org/").verificationUrl(code))
			.isEqualTo("https://academy.example.org/v/0F3K9QZW2M7DXH4NB8CRT6VJ5PW2");
	}

	private static CertificateSettings settings(String publicUrl) {
		return new CertificateSettings("HTM Academy", "Somewhere", "Approved.", "A. Person", "Director",
				ZoneId.of("UTC"), URI.create(publicUrl));
	}

}
