package org.htmacademy.certificate.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformSigningKeyTest {

	@TempDir
	Path folder;

	/** RSA-3072 keys take a second each to make, so tests that do not test making one copy this one. */
	private static Path made;

	@BeforeAll
	static void makeOneKey(@TempDir Path shared) {
		made = shared.resolve("made.jwk");
		new PlatformSigningKey(made, Awards.JWKS).keyId();
	}

	private Path copyOfMadeKey() throws Exception {
		Path copy = folder.resolve("signing-key.jwk");
		Files.copy(made, copy);
		return copy;
	}

	@Test
	void nothing_is_written_until_the_key_is_used() {
		Path file = folder.resolve("keys/signing-key.jwk");

		new PlatformSigningKey(file, Awards.JWKS);

		assertThat(folder.resolve("keys")).doesNotExist();
	}

	@Test
	void the_first_use_creates_a_key_file_only_its_owner_can_read() throws Exception {
		Path file = folder.resolve("new/folder/signing-key.jwk");

		new PlatformSigningKey(file, Awards.JWKS).keyId();

		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
			.isEqualTo("rwx------");
		try (var leftovers = Files.list(file.getParent())) {
			assertThat(leftovers).containsExactly(file);
		}
		RSAKey stored = RSAKey.parse(Files.readString(file));
		assertThat(stored.isPrivate()).isTrue();
		assertThat(stored.size()).isEqualTo(3072);
	}

	@Test
	void the_key_survives_a_restart() throws Exception {
		Path file = copyOfMadeKey();
		PlatformSigningKey first = new PlatformSigningKey(file, Awards.JWKS);
		String token = new OpenBadgeSigner(first).sign(Awards.sample());

		PlatformSigningKey reloaded = new PlatformSigningKey(file, Awards.JWKS);

		assertThat(reloaded.keyId()).isEqualTo(first.keyId());
		assertThat(reloaded.publicJwkSetJson()).isEqualTo(first.publicJwkSetJson());
		assertThat(new VcJwtVerifier(reloaded.publicJwkSetJson()).verify(token, Instant.parse("2027-01-01T00:00:00Z")))
			.isInstanceOf(CredentialCheck.Verified.class);
	}

	@Test
	void the_published_set_holds_the_public_key_only() throws Exception {
		PlatformSigningKey key = new PlatformSigningKey(copyOfMadeKey(), Awards.JWKS);

		String json = key.publicJwkSetJson();
		Map<String, Object> jwk = JWKSet.parse(json).getKeys().getFirst().toJSONObject();

		assertThat(jwk).containsOnlyKeys("kty", "use", "alg", "kid", "n", "e")
			.containsEntry("kty", "RSA")
			.containsEntry("use", "sig")
			.containsEntry("alg", "RS256")
			.containsEntry("kid", key.keyId());
		assertThat(json).doesNotContain("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"");
	}

	@Test
	void the_key_id_points_into_the_key_set_by_thumbprint() throws Exception {
		Path file = copyOfMadeKey();
		PlatformSigningKey key = new PlatformSigningKey(file, URI.create("https://ce.example.org/.well-known/jwks.json"));

		String thumbprint = RSAKey.parse(Files.readString(file)).computeThumbprint().toString();

		assertThat(key.keyId()).isEqualTo("https://ce.example.org/.well-known/jwks.json#" + thumbprint);
		assertThatThrownBy(() -> new PlatformSigningKey(file, URI.create("https://x.org/jwks.json#k1")))
			.hasMessageContaining("fragment");
	}

	@Test
	void concurrent_first_uses_agree_on_one_key() {
		Path file = folder.resolve("race/signing-key.jwk");

		Set<String> keyIds = IntStream.range(0, 3)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> new PlatformSigningKey(file, Awards.JWKS).keyId()))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.collect(Collectors.toSet());

		assertThat(keyIds).hasSize(1);
	}

	@Test
	void a_broken_key_file_is_reported_with_its_name() throws Exception {
		Path garbage = Files.writeString(folder.resolve("garbage.jwk"), "not json");
		Path publicOnly = Files.writeString(folder.resolve("public.jwk"),
				RSAKey.parse(Files.readString(made)).toPublicJWK().toJSONString());

		assertThatThrownBy(() -> new PlatformSigningKey(garbage, Awards.JWKS).keyId())
			.hasMessageContaining(garbage.toString())
			.hasMessageContaining("does not hold an RSA JWK");
		assertThatThrownBy(() -> new PlatformSigningKey(publicOnly, Awards.JWKS).keyId())
			.hasMessageContaining(publicOnly.toString())
			.hasMessageContaining("holds only a public key");
	}

	@Test
	void the_configuration_binds_the_file_and_url() {
		SigningKeyProperties defaults = new SigningKeyProperties(null, null);

		assertThat(defaults.file()).isEqualTo(Path.of(System.getProperty("user.home"), ".htm-academy", "signing-key.jwk"));
		assertThat(defaults.jwksUrl()).hasToString("http://localhost:8080/.well-known/jwks.json");
		assertThat(List.of(defaults.file().getFileName().toString())).containsExactly("signing-key.jwk");
	}

}
