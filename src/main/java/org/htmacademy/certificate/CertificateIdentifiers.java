package org.htmacademy.certificate;

import java.security.SecureRandom;
import java.time.Year;

/** Draws verification codes and certificate numbers from one strong random source. Thread-safe. */
public final class CertificateIdentifiers {

	private final SecureRandom random;

	public CertificateIdentifiers() {
		this(new SecureRandom());
	}

	public CertificateIdentifiers(SecureRandom random) {
		this.random = random;
	}

	public VerificationCode newVerificationCode() {
		return VerificationCode.generate(random);
	}

	public CertificateNumber newCertificateNumber(Year issued) {
		return CertificateNumber.generate(issued, random);
	}

}
