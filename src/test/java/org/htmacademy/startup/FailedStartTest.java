package org.htmacademy.startup;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.htmacademy.database.LeftoverServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A start that fails ends the process and its embedded MariaDB: nothing is left half-alive. */
class FailedStartTest {

	static final Path DATABASE = Path.of("target", "embedded-mariadb-failed-start");

	@Test
	void an_app_whose_port_is_taken_exits_with_an_error_and_stops_its_database() throws Exception {
		try (ServerSocket taken = new ServerSocket(0)) {
			AppProcess app = AppProcess.start("port-taken", taken.getLocalPort(), DATABASE, true, null);
			try {
				Integer status = app.awaitExit(Duration.ofMinutes(3));

				assertThat(status).as("exit status; the app should have ended:\n%s", app.logTail()).isEqualTo(1);
				assertThat(app.log()).contains("HTM Academy did not start")
					.contains(Integer.toString(taken.getLocalPort()));
				assertThat(LeftoverServer.find(DATABASE.resolve("data")))
					.as("mariadbd processes still running on the failed app's data folder")
					.isEmpty();
			}
			finally {
				if (app.isAlive()) {
					app.kill();
				}
				LeftoverServer.find(DATABASE.resolve("data")).forEach(ProcessHandle::destroyForcibly);
			}
		}
	}

}
