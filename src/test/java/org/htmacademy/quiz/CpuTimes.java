package org.htmacademy.quiz;

import java.time.Duration;
import java.util.Optional;

import org.htmacademy.database.EmbeddedMariaDb;

/**
 * CPU time used so far by this JVM and by the embedded MariaDB server, so a run can say where its CPU went. The
 * server is found by its data folder; on an external database its share is not known.
 */
record CpuTimes(Duration jvm, Optional<Duration> database) {

	static CpuTimes read(Optional<EmbeddedMariaDb> server) {
		Duration jvm = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
		return new CpuTimes(jvm, server.flatMap(CpuTimes::process).flatMap(process -> process.info().totalCpuDuration()));
	}

	static Optional<ProcessHandle> process(EmbeddedMariaDb server) {
		return ProcessHandle.allProcesses()
			.filter(process -> process.info()
				.commandLine()
				.filter(line -> line.contains("mariadbd") && line.contains(server.dataDir().toString()))
				.isPresent())
			.findFirst();
	}

	String since(CpuTimes before, int calls) {
		double jvmMs = jvm.minus(before.jvm).toNanos() / 1e6;
		String db = database.flatMap(now -> before.database.map(then -> now.minus(then).toNanos() / 1e6 / calls))
			.map("%.2f ms"::formatted)
			.orElse("n/a");
		return "cpu per call: JVM %.2f ms, MariaDB %s".formatted(jvmMs / calls, db);
	}

}
