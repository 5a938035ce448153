package org.htmacademy.certificate;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What an installation prints on its certificates ({@code htm.certificates.*}): the provider, the accreditation or
 * approval statement, the signatory, the time zone completion dates are stated in, and the public address the
 * verification links point to. Copied into each certificate when it is issued, so changing them later never alters
 * a certificate already issued.
 */
@ConfigurationProperties("htm.certificates")
public record CertificateSettings(String providerName, String providerAddress, String accreditationStatement,
		String signatoryName, String signatoryTitle, ZoneId timeZone, URI publicUrl) {

	public CertificateSettings {
		requireText(providerName, "provider-name");
		requireText(providerAddress, "provider-address");
		requireText(accreditationStatement, "accreditation-statement");
		requireText(signatoryName, "signatory-name");
		requireText(signatoryTitle, "signatory-title");
		Objects.requireNonNull(timeZone, "htm.certificates.time-zone must be set, e.g. America/Chicago");
		Objects.requireNonNull(publicUrl, "htm.certificates.public-url must be set, e.g. https://academy.example.org");
	}

	/** The short address printed beside the QR code, e.g. {@code https://academy.example.org/v/0F3K…}. */
	public String verificationUrl(VerificationCode code) {
		return base() + "/v/" + code.value();
	}

	/**
	 * The page where a number or code is typed, as printed on a certificate: {@code academy.example.org/verify}.
	 * Browsers add https:// themselves, so it is left out; any other scheme is printed.
	 */
	public String printedVerificationPage() {
		return (base() + "/verify").replaceFirst("^https://", "");
	}

	private String base() {
		return publicUrl.toString().replaceAll("/+$", "");
	}

	private static void requireText(String value, String key) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("htm.certificates." + key + " must be set for this installation");
		}
	}

}
