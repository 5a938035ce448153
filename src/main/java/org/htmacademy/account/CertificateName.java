package org.htmacademy.account;

import java.text.Normalizer;

/**
 * The full name printed on certificates: kept exactly as typed (accents, hyphens, apostrophes),
 * only trimmed, with runs of spaces collapsed and Unicode normalized so the same name is stored once.
 */
final class CertificateName {

	static final int MAX_LENGTH = 200;

	private CertificateName() {
	}

	static String clean(String fullName) {
		String name = fullName == null ? ""
				: Normalizer.normalize(fullName, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
		if (name.isEmpty()) {
			throw new AccountException("Enter your full name as it must appear on certificates.");
		}
		if (name.length() > MAX_LENGTH) {
			throw new AccountException("Names are limited to " + MAX_LENGTH + " characters.");
		}
		if (name.chars().anyMatch(Character::isISOControl)) {
			throw new AccountException("The name contains characters that cannot be printed.");
		}
		return name;
	}

}
