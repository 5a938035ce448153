package org.htmacademy.certificate.badge;

import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.htmacademy.certificate.badge.CredentialCheck.Rejected;

/**
 * Checks a VC-JWT against a published key set the way OB 3.0 §8.2 "Verify a Credential" describes: the signature
 * first, then that the JWT claims agree with the credential they wrap. Only RS256 is accepted, so a token cannot
 * choose a weaker algorithm (or none). Thread-safe.
 */
public final class VcJwtVerifier {

	private final JWKSet keys;

	/** @param jwkSetJson the key set the platform publishes, as from {@link PlatformSigningKey#publicJwkSetJson()} */
	public VcJwtVerifier(String jwkSetJson) {
		try {
			this.keys = JWKSet.parse(jwkSetJson);
		}
		catch (ParseException e) {
			throw new IllegalArgumentException("Not a JWK set: " + e.getMessage(), e);
		}
	}

	public CredentialCheck verify(String compactJws, Instant now) {
		SignedJWT jwt;
		try {
			jwt = SignedJWT.parse(compactJws.strip());
		}
		catch (ParseException e) {
			return new Rejected("This is not a signed credential (a compact JWS): " + e.getMessage());
		}
		JWSHeader header = jwt.getHeader();
		if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
			return new Rejected("The credential is signed with " + header.getAlgorithm()
					+ "; HTM Academy signs with RS256 only.");
		}
		if (header.getType() != null && !JOSEObjectType.JWT.equals(header.getType())) {
			return new Rejected("The JOSE header typ is " + header.getType() + "; OB 3.0 requires JWT.");
		}
		if (header.getKeyID() == null) {
			return new Rejected("The JOSE header names no key (kid).");
		}
		JWK key = keys.getKeyByKeyId(header.getKeyID());
		if (!(key instanceof RSAKey rsa)) {
			return new Rejected("The credential is signed with a key HTM Academy does not publish: "
					+ header.getKeyID());
		}
		try {
			if (!jwt.verify(new RSASSAVerifier(rsa))) {
				return new Rejected("The signature does not match: the credential was changed after it was signed, "
						+ "or it was signed with another key.");
			}
			return CredentialClaims.check(jwt.getJWTClaimsSet().toJSONObject(), now);
		}
		catch (JOSEException | ParseException e) {
			return new Rejected("The credential cannot be checked: " + e.getMessage());
		}
		catch (ClassCastException | DateTimeParseException e) {
			return new Rejected("The credential is not a well-formed OpenBadgeCredential: " + e.getMessage());
		}
	}

}
