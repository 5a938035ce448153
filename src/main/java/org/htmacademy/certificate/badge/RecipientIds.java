package org.htmacademy.certificate.badge;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A learner's recipient id in their credentials: {@code urn:uuid:} of an HMAC-SHA256 of the account id, keyed with a
 * secret derived from the platform's private key. The same learner always gets the same id, so a wallet can tell their
 * credentials belong together, but nobody without the key can link the id to an account, and nothing is stored (DD012).
 * Thread-safe.
 */
public final class RecipientIds {

	private final PlatformSigningKey key;

	public RecipientIds(PlatformSigningKey key) {
		this.key = key;
	}

	public URI of(long userId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
			byte[] digest = mac.doFinal(("learner:" + userId).getBytes(StandardCharsets.UTF_8));
			return URI.create("urn:uuid:" + uuid(digest));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every JDK has HmacSHA256", e);
		}
	}

	/** Never the private exponent itself: a hash of it under a purpose label, so the HMAC key is used for nothing else. */
	private byte[] secret() throws GeneralSecurityException {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		sha256.update("HTM Academy recipient ids v1:".getBytes(StandardCharsets.UTF_8));
		sha256.update(key.privateKey().getPrivateExponent().decode());
		return sha256.digest();
	}

	/** The first 128 bits as an RFC 9562 version 8 (custom) UUID. */
	static UUID uuid(byte[] digest) {
		byte[] bits = java.util.Arrays.copyOf(digest, 16);
		bits[6] = (byte) ((bits[6] & 0x0f) | 0x80);
		bits[8] = (byte) ((bits[8] & 0x3f) | 0x80);
		ByteBuffer buffer = ByteBuffer.wrap(bits);
		return new UUID(buffer.getLong(), buffer.getLong());
	}

}
