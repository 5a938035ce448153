package org.htmacademy.certificate.badge;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the credential signing key lives and where its public half is published.
 *
 * @param file the private key (a JWK); created on first use when absent. Back it up: losing it means new
 * credentials get a new key, and losing its public half means old ones can no longer be verified
 * @param jwksUrl the public URL of the key set; each credential's {@code kid} points into it
 */
@ConfigurationProperties("htm.signing-key")
public record SigningKeyProperties(@Nullable Path file, @Nullable URI jwksUrl) {

	public SigningKeyProperties {
		if (file == null) {
			file = Path.of(System.getProperty("user.home"), ".htm-academy", "signing-key.jwk");
		}
		if (jwksUrl == null) {
			jwksUrl = URI.create("http://localhost:8080/.well-known/jwks.json");
		}
	}

}
