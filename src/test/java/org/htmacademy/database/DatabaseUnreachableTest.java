package org.htmacademy.database;

import org.htmacademy.HtmAcademyApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableTest {

	@Test
	void an_unreachable_database_stops_the_app_with_one_message_naming_the_url(CapturedOutput output) {
		String url = "jdbc:mariadb://127.0.0.1:1/htm_academy";
		SpringApplication app = new SpringApplication(HtmAcademyApplication.class);

		assertThatThrownBy(() -> app.run("--spring.datasource.url=" + url, "--spring.datasource.username=htm",
				"--server.port=0"))
			.isNotNull();

		assertThat(output.getAll()).contains("HTM Academy cannot reach its database at " + url)
			.contains("Check that MariaDB is running and reachable at " + url)
			.doesNotContain("\tat ");
	}

}
