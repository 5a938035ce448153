package org.htmacademy.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseModeTest {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedMariaDbConfiguration.class);

	@Test
	void an_external_database_url_starts_nothing_embedded() {
		runner.withPropertyValues("spring.datasource.url=jdbc:mariadb://db.hospital.example:3306/htm")
			.run(context -> assertThat(context).doesNotHaveBean(EmbeddedMariaDb.class)
				.doesNotHaveBean(javax.sql.DataSource.class));
	}

	@Test
	void the_default_data_directory_is_under_the_users_home_not_the_temp_folder() {
		Path directory = new EmbeddedMariaDbProperties(null, null, false).directory();

		// raw: the folder need not exist yet, and startsWith would resolve it on disk
		assertThat(directory).startsWithRaw(Path.of(System.getProperty("user.home")));
		assertThat(directory.toString()).doesNotStartWith(System.getProperty("java.io.tmpdir"));
	}

}
