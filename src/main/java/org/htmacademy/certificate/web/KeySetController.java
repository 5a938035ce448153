package org.htmacademy.certificate.web;

import java.time.Duration;

import org.htmacademy.certificate.badge.PlatformSigningKey;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public half of the credential signing key, where each credential's {@code kid} points
 * ({@code htm.signing-key.jwks-url}): anyone can check an Open Badge without asking us.
 */
@RestController
class KeySetController {

	private final PlatformSigningKey key;

	KeySetController(PlatformSigningKey key) {
		this.key = key;
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> keySet() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(key.publicJwkSetJson());
	}

}
