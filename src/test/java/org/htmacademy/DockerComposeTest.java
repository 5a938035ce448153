package org.htmacademy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** No Docker engine runs here, so docker-compose.yml is checked by reading it against the code. */
@SuppressWarnings("unchecked")
class DockerComposeTest {

	static Map<String, Object> services;

	static Map<String, Object> compose;

	@BeforeAll
	static void read() throws IOException {
		compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		services = (Map<String, Object>) compose.get("services");
	}

	@Test
	void mariadb_is_11_4_with_a_named_volume_and_a_healthcheck() {
		Map<String, Object> db = (Map<String, Object>) services.get("mariadb");

		assertThat(db.get("image")).isEqualTo("mariadb:11.4");
		assertThat((List<String>) db.get("volumes")).anyMatch(v -> v.equals("htm-mariadb-data:/var/lib/mysql"));
		assertThat((Map<String, Object>) compose.get("volumes")).containsKey("htm-mariadb-data");
		assertThat((Map<String, Object>) db.get("healthcheck")).containsKey("test");
	}

	@Test
	void the_app_waits_for_a_healthy_database() {
		Map<String, Object> app = (Map<String, Object>) services.get("app");
		Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) app.get("depends_on");

		assertThat(dependsOn.get("mariadb")).containsEntry("condition", "service_healthy");
	}

	@Test
	void the_app_connects_to_the_database_and_user_the_mariadb_service_creates() {
		Map<String, String> db = environment("mariadb");
		Map<String, String> app = environment("app");

		assertThat(app.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:mariadb://mariadb:3306/" + db.get("MARIADB_DATABASE"));
		assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(db.get("MARIADB_USER"));
		assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(db.get("MARIADB_PASSWORD"));
	}

	@Test
	void every_app_environment_variable_is_a_property_the_app_reads() throws IOException {
		// Spring's relaxed binding: HTM_CERTIFICATES_PROVIDER_NAME binds htm.certificates.provider-name
		Set<String> readByApp = new HashSet<>();
		propertiesReadByTheApp().forEach(key -> readByApp.add(key.replaceAll("[.-]", "")));

		for (String variable : environment("app").keySet()) {
			String property = variable.toLowerCase(Locale.ROOT).replace("_", "");
			assertThat(readByApp).as("%s (%s) is read by the app", variable, property).contains(property);
		}
	}

	private static Map<String, String> environment(String service) {
		return (Map<String, String>) ((Map<String, Object>) services.get(service)).get("environment");
	}

	/** Spring Boot's own datasource and server keys, plus every key our configuration and code read. */
	private static Set<String> propertiesReadByTheApp() throws IOException {
		Set<String> keys = new HashSet<>(Set.of("spring.datasource.url", "spring.datasource.username",
				"spring.datasource.password", "server.port"));
		Properties defaults = new Properties();
		try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			defaults.load(in);
		}
		defaults.stringPropertyNames().forEach(keys::add);
		Pattern placeholder = Pattern.compile("\\$\\{([a-z0-9.\\-]+)");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = placeholder.matcher(Files.readString(source));
				while (m.find()) {
					keys.add(m.group(1));
				}
			}
		}
		return keys;
	}

}
