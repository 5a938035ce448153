package org.htmacademy.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Nobody but the app's own account gets into the embedded MariaDB (DD018). */
class EmbeddedDatabaseAccessTest {

	static final Path DIRECTORY = Path.of("target", "embedded-mariadb-access");

	static EmbeddedMariaDb server;

	@BeforeAll
	static void start() {
		server = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(DIRECTORY, "access_check", true));
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@Test
	void root_without_a_password_is_refused() {
		assertThatThrownBy(() -> DriverManager.getConnection(server.serverUrl(), "root", "").close())
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("Access denied");
	}

	@Test
	void an_anonymous_user_is_refused() {
		assertThatThrownBy(() -> DriverManager.getConnection(server.serverUrl(), "", "").close())
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("Access denied");
	}

	@Test
	void the_apps_account_with_a_wrong_password_is_refused() {
		assertThatThrownBy(() -> DriverManager.getConnection(server.serverUrl(), server.username(), "guessed").close())
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("Access denied");
	}

	@Test
	void the_apps_account_with_its_generated_password_gets_in() throws Exception {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password())) {
			assertThat(connection.isValid(5)).isTrue();
		}
		assertThat(server.password()).hasSizeGreaterThanOrEqualTo(32);
	}

	@Test
	void the_password_file_and_its_folder_are_readable_by_their_owner_only() throws Exception {
		Path file = DIRECTORY.resolve(EmbeddedCredentials.FILE_NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DIRECTORY))).isEqualTo("rwx------");
		assertThat(Files.readString(file)).contains(server.password());
	}

	@Test
	void no_file_the_server_reads_holds_the_password_in_clear() throws Exception {
		try (var files = Files.walk(DIRECTORY.resolve("tmp"))) {
			assertThat(files.filter(Files::isRegularFile).map(Path::getFileName).map(Path::toString))
				.noneMatch(name -> name.startsWith("init-"));
		}
	}

}
