package org.htmacademy.certificate.badge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.jspecify.annotations.Nullable;

/**
 * The platform's key for signing credentials: RSA, used with RS256, kept as a private JWK in one file and created
 * there, readable by its owner only, the first time it is needed. Its key id is a URI into the published key set
 * ({@code …/.well-known/jwks.json#<thumbprint>}), as OB 3.0 asks of {@code kid}. Thread-safe.
 */
public final class PlatformSigningKey {

	private final Path file;

	private final URI jwksUrl;

	private @Nullable RSAKey key;

	/**
	 * @param file where the private key is kept; nothing is read or written until the key is first used
	 * @param jwksUrl where {@link #publicJwkSetJson()} will be served, e.g. https://htm.academy/.well-known/jwks.json
	 */
	public PlatformSigningKey(Path file, URI jwksUrl) {
		if (jwksUrl.getFragment() != null) {
			throw new IllegalArgumentException("the key set URL must not have a fragment: " + jwksUrl);
		}
		this.file = file;
		this.jwksUrl = jwksUrl;
	}

	/** The {@code kid} of every credential signed with this key. */
	public String keyId() {
		return privateKey().getKeyID();
	}

	/** The public key set to serve at the key set URL: public members only, never {@code d} or the primes. */
	public String publicJwkSetJson() {
		return new JWKSet(List.of(privateKey().toPublicJWK())).toString(true);
	}

	public Path file() {
		return file;
	}

	synchronized RSAKey privateKey() {
		if (key == null) {
			RSAKey stored = SigningKeyFile.loadOrCreate(file);
			key = new RSAKey.Builder(stored).keyID(jwksUrl + "#" + thumbprint(stored)).build();
		}
		return key;
	}

	private static String thumbprint(RSAKey key) {
		try {
			return key.computeThumbprint().toString();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("Every JDK has SHA-256", e);
		}
	}

	/** Reads a key file written by this class, e.g. to check a backup. */
	static RSAKey read(Path file) {
		try {
			return RSAKey.parse(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the signing key " + file, e);
		}
		catch (ParseException e) {
			throw new IllegalStateException("The signing key file " + file + " does not hold an RSA JWK", e);
		}
	}

}
