package org.htmacademy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on the test suite's embedded MariaDB (target/embedded-mariadb, emptied at the
 * start of the run). With SPRING_DATASOURCE_URL set, the same tests run against that external server;
 * .ci/run does so when a MariaDB listens on 127.0.0.1:3306 ({@code -Dgroups=database}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest(properties = { "htm.embedded-database.directory=target/embedded-mariadb",
		"htm.embedded-database.wipe-on-start=true",
		// never the developer's own key in ~/.htm-academy
		"htm.signing-key.file=target/test-signing-key.jwk",
		// tests that remove a certificate to issue it again must not race the sweep; CompletionSweepTest runs it
		"htm.certificates.sweep=PT24H" })
public @interface HtmSpringTest {

}
