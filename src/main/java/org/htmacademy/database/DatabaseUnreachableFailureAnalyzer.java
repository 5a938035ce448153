package org.htmacademy.database;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns "the database is not there" into one readable message naming the URL, instead of a wall of
 * nested stack traces from the pool, Flyway and Spring.
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<Throwable> {

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, Throwable cause) {
		Throwable connectionFailure = findConnectionFailure(rootFailure);
		if (connectionFailure == null) {
			return null;
		}
		String url = environment.getProperty("spring.datasource.url", "(embedded MariaDB)");
		return new FailureAnalysis(
				"HTM Academy cannot reach its database at " + url + ": " + firstLine(connectionFailure),
				"Check that MariaDB is running and reachable at " + url
						+ ", and that SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD are right."
						+ " To run on the embedded database instead, unset SPRING_DATASOURCE_URL.",
				connectionFailure);
	}

	static Throwable findConnectionFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof DatabaseReachabilityCheck.DatabaseUnreachableException) {
				return t.getCause();
			}
			if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
					|| t instanceof ConnectException) {
				return t;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

	private static String firstLine(Throwable t) {
		String message = String.valueOf(t.getMessage());
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}
