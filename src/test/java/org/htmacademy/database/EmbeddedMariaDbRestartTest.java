package org.htmacademy.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMariaDbRestartTest {

	static final Path DIRECTORY = Path.of("target", "embedded-mariadb-restart");

	@Test
	void data_written_before_a_restart_is_there_after_it() throws Exception {
		EmbeddedMariaDb first = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(DIRECTORY, "restart_check", true));
		try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password());
				Statement s = c.createStatement()) {
			s.execute("CREATE TABLE survivor (name VARCHAR(50))");
			s.execute("INSERT INTO survivor VALUES ('infusion pump 7')");
		}
		first.stop();

		EmbeddedMariaDb second = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(DIRECTORY, "restart_check", false));
		try (Connection c = DriverManager.getConnection(second.jdbcUrl(), second.username(), second.password());
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT name FROM survivor")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("infusion pump 7");
		}
		finally {
			second.stop();
		}
		assertThat(second.dataDir()).isEqualTo(DIRECTORY.toAbsolutePath().resolve("data"));
	}

}
