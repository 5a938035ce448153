package org.htmacademy.certificate.badge;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs certificates as OB 3.0 VC-JWTs ("JSON Web Token Proof Format", OB 3.0 §8.2): a compact JWS whose JOSE header
 * holds only {@code alg} RS256, {@code kid} and {@code typ} JWT, and whose payload is the credential itself plus the
 * claims {@code iss}, {@code jti}, {@code nbf} and {@code sub} copied from it. Thread-safe.
 */
public final class OpenBadgeSigner {

	private final PlatformSigningKey key;

	public OpenBadgeSigner(PlatformSigningKey key) {
		this.key = key;
	}

	/** The signed credential as a compact JWS, e.g. to hand to a wallet or to bake into a badge image. */
	public String sign(AwardedCertificate certificate) {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId())
			.type(JOSEObjectType.JWT)
			.build();
		SignedJWT jwt = new SignedJWT(header, claims(OpenBadgeCredential.of(certificate)));
		try {
			jwt.sign(new RSASSASigner(key.privateKey()));
		}
		catch (JOSEException e) {
			throw new IllegalStateException("Cannot sign certificate " + certificate.certificateNumber(), e);
		}
		return jwt.serialize();
	}

	@SuppressWarnings("unchecked")
	static JWTClaimsSet claims(Map<String, Object> credential) {
		Map<String, Object> payload = new LinkedHashMap<>(credential);
		payload.put("iss", ((Map<String, Object>) credential.get("issuer")).get("id"));
		payload.put("jti", credential.get("id"));
		payload.put("nbf", java.time.Instant.parse((String) credential.get("validFrom")).getEpochSecond());
		payload.put("sub", ((Map<String, Object>) credential.get("credentialSubject")).get("id"));
		try {
			return JWTClaimsSet.parse(payload);
		}
		catch (ParseException e) {
			throw new IllegalStateException("The credential does not make a JWT claims set", e);
		}
	}

}
