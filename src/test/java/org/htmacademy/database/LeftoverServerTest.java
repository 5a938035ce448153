package org.htmacademy.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that is killed outright never stops its MariaDB; the next start finds that server by its data folder, shuts
 * it down cleanly and starts its own, with every committed row still there.
 */
class LeftoverServerTest {

	static final Path DIRECTORY = Path.of("target", "embedded-mariadb-leftover");

	@Test
	void a_server_left_running_by_a_killed_run_is_stopped_and_the_next_start_keeps_the_data() throws Exception {
		EmbeddedMariaDb killedRun = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(DIRECTORY, "leftover", true));
		try (Connection c = DriverManager.getConnection(killedRun.jdbcUrl(), killedRun.username(), killedRun.password());
				Statement s = c.createStatement()) {
			s.execute("CREATE TABLE answer (text VARCHAR(50))");
			s.execute("INSERT INTO answer VALUES ('isolated ground')");
		}
		List<ProcessHandle> leftover = LeftoverServer.find(killedRun.dataDir());
		assertThat(leftover).hasSize(1);
		// the killed run never calls stop(): its server keeps running, holding the data files

		EmbeddedMariaDb nextRun = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(DIRECTORY, "leftover", false));
		try (Connection c = DriverManager.getConnection(nextRun.jdbcUrl(), nextRun.username(), nextRun.password());
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT text FROM answer")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("isolated ground");
			assertThat(leftover.getFirst().isAlive()).isFalse();
			assertThat(LeftoverServer.find(nextRun.dataDir())).hasSize(1)
				.noneMatch(p -> p.pid() == leftover.getFirst().pid());
		}
		finally {
			nextRun.stop();
		}
		assertThat(LeftoverServer.find(nextRun.dataDir())).isEmpty();
	}

	@Test
	void a_folder_with_no_server_finds_none() {
		assertThat(LeftoverServer.find(Path.of("target", "no-such-database-folder", "data"))).isEmpty();
	}

}
