package org.htmacademy.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app started the way a person starts it, as its own JVM, so that a test can watch it fail to start, or kill it
 * outright. Its output goes to a log file under target/ that a failing test quotes.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final int port;

	private AppProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * @param databaseDirectory the embedded MariaDB's folder
	 * @param coursesDirectory imported at start, or null to import nothing
	 */
	public static AppProcess start(String name, int port, Path databaseDirectory, boolean wipeDatabase,
			Path coursesDirectory) {
		Path log = Path.of("target", "app-process", name + ".log").toAbsolutePath();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-Djava.io.tmpdir=" + Path.of("target", "tmp").toAbsolutePath(), "-cp",
				System.getProperty("java.class.path"), "org.htmacademy.HtmAcademyApplication",
				"--server.port=" + port,
				"--htm.embedded-database.directory=" + databaseDirectory.toAbsolutePath(),
				"--htm.embedded-database.wipe-on-start=" + wipeDatabase, "--vaadin.devmode.devTools.enabled=false",
				"--spring.main.banner-mode=off"));
		if (coursesDirectory == null) {
			command.add("--htm.courses.import-on-start=false");
		}
		else {
			command.add("--htm.courses.directory=" + coursesDirectory.toAbsolutePath());
		}
		try {
			Files.createDirectories(log.getParent());
			Files.createDirectories(Path.of("target", "tmp"));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new AppProcess(process, log, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return port;
	}

	/** Waits until the sign-in page is served; fails with the log when the app exits or takes too long. */
	public void awaitServing(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new AssertionError("the app exited with status " + process.exitValue() + " before serving:\n"
						+ logTail());
			}
			if (serves("login")) {
				return;
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the app served nothing within " + limit + ":\n" + logTail());
	}

	private boolean serves(String path) {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/" + path)
				.toURL()
				.openConnection();
			connection.setConnectTimeout(1000);
			connection.setReadTimeout(5000);
			return connection.getResponseCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** @return the exit status, or null when the process is still running after {@code limit} */
	public Integer awaitExit(Duration limit) throws InterruptedException {
		return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
	}

	/** SIGKILL: no shutdown hook runs, as when the out-of-memory killer or a power cut ends the app. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	public String log() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** A graceful stop (SIGTERM), as a service manager does it. */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

}
