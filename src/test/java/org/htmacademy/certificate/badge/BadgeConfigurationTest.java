package org.htmacademy.certificate.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BadgeConfigurationTest {

	@TempDir
	Path folder;

	@Test
	void the_key_comes_from_the_configured_file_and_url_and_is_made_on_first_use_only() {
		Path file = folder.resolve("conf/signing-key.jwk");
		new ApplicationContextRunner().withUserConfiguration(BadgeConfiguration.class)
			.withPropertyValues("htm.signing-key.file=" + file,
					"htm.signing-key.jwks-url=https://ce.example.org/.well-known/jwks.json")
			.run(context -> {
				PlatformSigningKey key = context.getBean(PlatformSigningKey.class);
				assertThat(context).hasSingleBean(OpenBadgeSigner.class);
				assertThat(file).doesNotExist();

				assertThat(key.keyId()).startsWith("https://ce.example.org/.well-known/jwks.json#");
				assertThat(key.file()).isEqualTo(file);
				assertThat(file).exists();
			});
	}

}
