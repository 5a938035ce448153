package org.htmacademy.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migrations are the only source of the schema. This test migrates an empty database,
 * generates jOOQ classes from it and compares them with the committed ones in src/main/jooq.
 * After adding a migration, regenerate with:
 * {@code ./mvnw test -Dtest=JooqCodeIsCurrentTest -Djooq.regenerate=true}
 */
class JooqCodeIsCurrentTest {

	static final Path COMMITTED = Path.of("src", "main", "jooq");

	static final String SCHEMA = "jooq_codegen";

	@Test
	void generated_jooq_code_matches_the_flyway_migrations() throws Exception {
		EmbeddedMariaDb server = TestDatabase.server();
		String serverUrl = server.serverUrl();
		try (Connection connection = DriverManager.getConnection(serverUrl, server.username(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
			statement.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		Flyway.configure().dataSource(serverUrl + SCHEMA, server.username(), server.password()).locations("classpath:db/migration").load()
			.migrate();

		boolean regenerate = Boolean.getBoolean("jooq.regenerate");
		Path target = regenerate ? COMMITTED : Files.createTempDirectory("jooq-codegen");
		GenerationTool.generate(configuration(server, serverUrl + SCHEMA, target));

		if (!regenerate) {
			assertThat(sources(target)).as(
					"jOOQ classes in src/main/jooq differ from the migrations; regenerate with"
							+ " ./mvnw test -Dtest=JooqCodeIsCurrentTest -Djooq.regenerate=true")
				.isEqualTo(sources(COMMITTED));
		}
	}

	private static Configuration configuration(EmbeddedMariaDb server, String url, Path target) {
		return new Configuration()
			.withJdbc(new Jdbc().withDriver("org.mariadb.jdbc.Driver")
				.withUrl(url)
				.withUser(server.username())
				.withPassword(server.password()))
			.withGenerator(new Generator().withName("org.jooq.codegen.JavaGenerator")
				.withDatabase(new Database().withName("org.jooq.meta.mariadb.MariaDBDatabase")
					.withInputSchema(SCHEMA)
					.withOutputSchemaToDefault(true)
					.withExcludes("flyway_schema_history")
					// MariaDB's BOOLEAN is TINYINT(1); let jOOQ hand out Boolean
					.withForcedTypes(new ForcedType().withName("BOOLEAN").withIncludeTypes("(?i:TINYINT\\(1\\))")))
				.withGenerate(new Generate().withJavaTimeTypes(true)
					.withRecords(true)
					.withPojos(false)
					.withGeneratedAnnotation(false)
					.withComments(true))
				.withTarget(new Target().withPackageName("org.htmacademy.jooq")
					.withDirectory(target.toAbsolutePath().toString())
					.withClean(true)));
	}

	private static Map<String, String> sources(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.exists(root)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
				files.put(root.relativize(path).toString(), Files.readString(path));
			}
		}
		return files;
	}

}
