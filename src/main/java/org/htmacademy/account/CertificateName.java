package org.htmacademy.account;

import org.htmacademy.common.names.PersonName;
import org.htmacademy.common.print.NameFaces;

/**
 * The full name printed on certificates: kept exactly as typed (accents, hyphens, apostrophes, any script the
 * certificate prints), only trimmed, with runs of spaces collapsed and Unicode normalized so the same name is stored
 * once. The rule itself is {@link PersonName}'s, shared with every place a name comes in.
 */
final class CertificateName {

	static final int MAX_LENGTH = PersonName.MAX_STORED;

	private CertificateName() {
	}

	static String clean(String fullName) {
		return clean(fullName, NameFaces.installed());
	}

	static String clean(String fullName, NameFaces faces) {
		try {
			return PersonName.clean(fullName, faces);
		}
		catch (IllegalArgumentException e) {
			throw new AccountException(e.getMessage());
		}
	}

}
