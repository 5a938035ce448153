package org.htmacademy.database;

import java.nio.file.Path;

/**
 * The embedded MariaDB the test suite shares: one server per test JVM, under target/, emptied when the
 * suite starts. Spring test contexts get the same settings from src/test/resources.
 */
public final class TestDatabase {

	public static final Path DIRECTORY = Path.of("target", "embedded-mariadb");

	private TestDatabase() {
	}

	public static EmbeddedMariaDb server() {
		return EmbeddedMariaDb.startOnce(new EmbeddedMariaDbProperties(DIRECTORY, "htm_academy", true));
	}

}
