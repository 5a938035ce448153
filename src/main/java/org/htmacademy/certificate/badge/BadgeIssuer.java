package org.htmacademy.certificate.badge;

import java.net.URI;
import java.util.Objects;

/**
 * The issuer's Open Badges Profile.
 *
 * @param id a stable URI for the issuer, ideally one that serves this profile as JSON
 * @param url the issuer's home page
 */
public record BadgeIssuer(URI id, String name, URI url) {

	public BadgeIssuer {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(url, "url");
		if (Objects.requireNonNull(name, "name").isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
	}

}
