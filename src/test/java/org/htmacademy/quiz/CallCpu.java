package org.htmacademy.quiz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Optional;

import org.htmacademy.database.EmbeddedMariaDb;

/**
 * CPU time of the calling (platform) thread and of the embedded MariaDB server, read around each call when calls
 * are made one at a time. The server's time comes in clock ticks (10 ms), so only its average over many calls
 * means anything.
 */
class CallCpu {

	static final CallCpu NONE = new CallCpu(null) {

		@Override
		long thread() {
			return 0;
		}

	};

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final ProcessHandle server;

	private CallCpu(ProcessHandle server) {
		this.server = server;
	}

	static CallCpu find(Optional<EmbeddedMariaDb> embedded) {
		return new CallCpu(embedded.flatMap(CpuTimes::process).orElse(null));
	}

	long thread() {
		return THREADS.getCurrentThreadCpuTime();
	}

	long database() {
		return server == null ? 0 : server.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

}
