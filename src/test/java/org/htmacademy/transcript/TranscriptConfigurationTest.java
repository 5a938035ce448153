package org.htmacademy.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TranscriptConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(TranscriptConfiguration.class);

	@TempDir
	Path folder;

	@Test
	void without_a_file_the_shipped_rules_are_used() {
		runner.run(context -> assertThat(context.getBean(RenewalRules.class).certification("CBET")).isPresent());
	}

	@Test
	void a_configured_file_replaces_them_and_a_broken_one_stops_the_start_with_its_name() throws Exception {
		Path rules = Files.writeString(folder.resolve("rules.yml"),
				new String(getClass().getResourceAsStream("/ce-renewal-rules.yml").readAllBytes())
					.replace("code: CHTM", "code: CHTM-X"));
		Path broken = Files.writeString(folder.resolve("broken.yml"), "source: [");

		runner.withPropertyValues("htm.renewal-rules.file=" + rules)
			.run(context -> assertThat(context.getBean(RenewalRules.class).certification("CHTM-X")).isPresent());
		runner.withPropertyValues("htm.renewal-rules.file=" + broken)
			.run(context -> assertThat(context).getFailure()
				.hasStackTraceContaining("Renewal rules " + broken + ": not valid YAML"));
	}

}
