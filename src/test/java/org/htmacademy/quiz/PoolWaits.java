package org.htmacademy.quiz;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.PoolStats;

/**
 * How long the calling thread waited for a pooled connection, so a call's latency can be split into waiting for
 * the pool and being served. Hikari reports each borrow on the borrowing thread; this sums them per thread.
 */
final class PoolWaits implements IMetricsTracker {

	private static final ThreadLocal<long[]> WAITED = ThreadLocal.withInitial(() -> new long[1]);

	private static boolean installed;

	private PoolWaits() {
	}

	/** Once per pool: Hikari takes one tracker for its lifetime. */
	static synchronized void install(DataSource dataSource) {
		if (!installed && dataSource instanceof HikariDataSource hikari && hikari.getMetricsTrackerFactory() == null) {
			hikari.setMetricsTrackerFactory((String pool, PoolStats stats) -> new PoolWaits());
			installed = true;
		}
	}

	/** The calling thread's total wait so far, in nanoseconds. */
	static long mine() {
		return WAITED.get()[0];
	}

	@Override
	public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
		WAITED.get()[0] += elapsedAcquiredNanos;
	}

}
