package org.htmacademy.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Connects once to an external database before any bean starts, so an unreachable server is
 * reported by {@link DatabaseUnreachableFailureAnalyzer} as one message, not by the connection pool
 * as a stack trace.
 */
class DatabaseReachabilityCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Environment env = context.getEnvironment();
		String url = env.getProperty("spring.datasource.url");
		if (EmbeddedDatabaseCondition.isEmbedded(url)) {
			return;
		}
		Properties props = new Properties();
		props.setProperty("user", env.getProperty("spring.datasource.username", ""));
		props.setProperty("password", env.getProperty("spring.datasource.password", ""));
		props.setProperty("connectTimeout", "5000");
		try (Connection ignored = DriverManager.getConnection(url, props)) {
			// reachable
		}
		catch (SQLException ex) {
			throw new DatabaseUnreachableException(url, ex);
		}
	}

	static class DatabaseUnreachableException extends RuntimeException {

		DatabaseUnreachableException(String url, SQLException cause) {
			super("Cannot reach the database at " + url, cause);
		}

	}

}
