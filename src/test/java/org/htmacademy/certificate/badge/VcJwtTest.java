package org.htmacademy.certificate.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcJwtTest {

	private static final Instant LATER = Instant.parse("2031-01-01T00:00:00Z");

	@TempDir
	static Path folder;

	private static PlatformSigningKey key;

	private static PlatformSigningKey otherKey;

	private static String token;

	@BeforeAll
	static void signOnce() {
		key = new PlatformSigningKey(folder.resolve("a/signing-key.jwk"), Awards.JWKS);
		otherKey = new PlatformSigningKey(folder.resolve("b/signing-key.jwk"), Awards.JWKS);
		token = new OpenBadgeSigner(key).sign(Awards.sample());
	}

	@Test
	void the_jose_header_has_exactly_alg_kid_and_typ() {
		Map<String, Object> header = json(token.split("\\.")[0]);

		assertThat(header).containsOnlyKeys("alg", "kid", "typ")
			.containsEntry("alg", "RS256")
			.containsEntry("typ", "JWT")
			.containsEntry("kid", key.keyId());
		assertThat(key.keyId()).startsWith("https://htm.academy/.well-known/jwks.json#").hasSize(41 + 1 + 43);
	}

	@Test
	void the_payload_is_the_credential_with_iss_jti_nbf_and_sub_copied_from_it() {
		Map<String, Object> payload = json(token.split("\\.")[1]);

		assertThat(payload).doesNotContainKeys("vc", "iat", "exp");
		assertThat(payload).containsEntry("iss", "https://htm.academy/issuer")
			.containsEntry("jti", "https://htm.academy/v/0F3K-9QZW-2M7D-XH4N-B8CR-T6VJ-5PW2")
			.containsEntry("sub", "urn:uuid:6f1c2e9a-3b7d-4c15-9e0a-2d8f41b6c7e3")
			.containsEntry("nbf", Instant.parse("2026-03-05T04:47:15Z").getEpochSecond());
		Map<String, Object> credential = OpenBadgeCredentialTest.parse(OpenBadgeCredential.json(Awards.sample()));
		assertThat(payload).containsAllEntriesOf(credential);
	}

	@Test
	void the_signature_verifies_against_the_published_key_set() {
		CredentialCheck check = verifier(key).verify(token, LATER);

		assertThat(check).isInstanceOf(CredentialCheck.Verified.class);
		Map<String, Object> credential = ((CredentialCheck.Verified) check).credential();
		assertThat(credential.get("description").toString()).contains("Zoë Ødegård-Łukasiewicz", "1.5 contact hours");
	}

	@Test
	void changing_any_claim_breaks_the_signature() {
		List<Consumer<Map<String, Object>>> edits = List.of(
				p -> subject(p).put("creditsEarned", 15.0),
				p -> p.put("description", p.get("description").toString().replace("1.5 contact", "15 contact")),
				p -> subject(p).put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name",
						"hashed", false, "identityHash", "Mallory Mallet"))),
				p -> achievement(p).put("name", "Advanced Imaging Systems"),
				p -> p.put("validFrom", "2025-03-05T04:47:15Z"),
				p -> p.put("nbf", 1_700_000_000L),
				p -> p.put("sub", "urn:uuid:00000000-0000-0000-0000-000000000000"),
				p -> p.put("iss", "https://evil.example/issuer"),
				p -> p.remove("credentialSchema"));
		for (Consumer<Map<String, Object>> edit : edits) {
			String[] parts = token.split("\\.");
			Map<String, Object> payload = json(parts[1]);
			edit.accept(payload);
			String tampered = parts[0] + "." + encode(JSONObjectUtils.toJSONString(payload)) + "." + parts[2];

			assertThat(verifier(key).verify(tampered, LATER)).isEqualTo(new CredentialCheck.Rejected(
					"The signature does not match: the credential was changed after it was signed, or it was signed "
							+ "with another key."));
		}
	}

	@Test
	void a_credential_signed_with_another_key_is_rejected() {
		String foreign = new OpenBadgeSigner(otherKey).sign(Awards.sample());

		assertThat(verifier(key).verify(foreign, LATER)).isEqualTo(new CredentialCheck.Rejected(
				"The credential is signed with a key HTM Academy does not publish: " + otherKey.keyId()));
	}

	@Test
	void another_key_claiming_our_kid_is_rejected() throws Exception {
		SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId())
			.type(JOSEObjectType.JWT)
			.build(), OpenBadgeSigner.claims(OpenBadgeCredential.of(Awards.sample())));
		forged.sign(new RSASSASigner(otherKey.privateKey()));

		assertThat(verifier(key).verify(forged.serialize(), LATER)).isInstanceOf(CredentialCheck.Rejected.class)
			.extracting(r -> ((CredentialCheck.Rejected) r).reason())
			.asString()
			.startsWith("The signature does not match");
	}

	@Test
	void a_token_cannot_pick_hmac_with_the_public_key_as_secret() throws Exception {
		byte[] secret = key.publicJwkSetJson().getBytes(StandardCharsets.UTF_8);
		SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.keyId()).build(),
				OpenBadgeSigner.claims(OpenBadgeCredential.of(Awards.sample())));
		hmac.sign(new MACSigner(secret));

		assertThat(verifier(key).verify(hmac.serialize(), LATER))
			.isEqualTo(new CredentialCheck.Rejected("The credential is signed with HS256; HTM Academy signs with RS256 only."));
	}

	@Test
	void an_unsigned_token_is_rejected() {
		String[] parts = token.split("\\.");
		String none = encode("{\"alg\":\"none\"}") + "." + parts[1] + ".";

		assertThat(verifier(key).verify(none, LATER)).isInstanceOf(CredentialCheck.Rejected.class);
		assertThat(verifier(key).verify("not a token", LATER)).isInstanceOf(CredentialCheck.Rejected.class)
			.extracting(r -> ((CredentialCheck.Rejected) r).reason())
			.asString()
			.startsWith("This is not a signed credential");
	}

	@Test
	void a_credential_is_not_valid_before_its_valid_from() {
		Instant issued = Instant.parse("2026-03-05T04:47:15Z");

		assertThat(verifier(key).verify(token, issued)).isInstanceOf(CredentialCheck.Verified.class);
		assertThat(verifier(key).verify(token, issued.minusSeconds(1))).isEqualTo(
				new CredentialCheck.Rejected("The credential is not valid before 2026-03-05T04:47:15Z."));
	}

	@Test
	void claims_that_disagree_with_the_credential_are_rejected_even_when_signed() throws Exception {
		assertThat(signed(p -> p.put("sub", "urn:uuid:someone-else")))
			.isEqualTo(new CredentialCheck.Rejected("The sub claim does not match credentialSubject.id."));
		assertThat(signed(p -> p.put("iss", "https://other.example")))
			.isEqualTo(new CredentialCheck.Rejected("The iss claim does not match issuer.id."));
		assertThat(signed(p -> p.put("jti", "urn:uuid:1")))
			.isEqualTo(new CredentialCheck.Rejected("The jti claim does not match the credential id."));
		assertThat(signed(p -> p.put("nbf", 1L)))
			.isEqualTo(new CredentialCheck.Rejected("The nbf claim does not match validFrom."));
		assertThat(signed(p -> p.put("type", List.of("VerifiableCredential"))))
			.isEqualTo(new CredentialCheck.Rejected("The type must include VerifiableCredential and OpenBadgeCredential."));
		assertThat(signed(p -> p.put("@context", List.of("https://www.w3.org/2018/credentials/v1")))).isEqualTo(
				new CredentialCheck.Rejected("The @context must start with the Verifiable Credentials 2.0 and Open "
						+ "Badges 3.0 contexts."));
		assertThat(signed(p -> p.put("exp", LATER.getEpochSecond())))
			.isEqualTo(new CredentialCheck.Rejected("The credential expired on 2031-01-01T00:00:00Z."));
	}

	private static CredentialCheck signed(Consumer<Map<String, Object>> edit) throws Exception {
		Map<String, Object> payload = new LinkedHashMap<>(
				OpenBadgeSigner.claims(OpenBadgeCredential.of(Awards.sample())).toJSONObject());
		edit.accept(payload);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId())
			.type(JOSEObjectType.JWT)
			.build(), JWTClaimsSet.parse(payload));
		jwt.sign(new RSASSASigner(key.privateKey()));
		return verifier(key).verify(jwt.serialize(), LATER);
	}

	private static VcJwtVerifier verifier(PlatformSigningKey key) {
		return new VcJwtVerifier(key.publicJwkSetJson());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> subject(Map<String, Object> payload) {
		return (Map<String, Object>) payload.get("credentialSubject");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> achievement(Map<String, Object> payload) {
		return (Map<String, Object>) subject(payload).get("achievement");
	}

	private static Map<String, Object> json(String base64url) {
		return OpenBadgeCredentialTest.parse(new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8));
	}

	private static String encode(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
