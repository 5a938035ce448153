package org.htmacademy.quiz;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

/**
 * What the database server did during a run, from its global status counters: statements, commits, redo
 * log writes and row lock waits. Other connections count too, so read it on a database used by this run only.
 */
record ServerCounters(Map<String, Long> values) {

	private static final List<String> NAMES = List.of("Questions", "Com_commit", "Com_select", "Com_update",
			"Com_insert", "Innodb_log_writes", "Innodb_row_lock_waits",
			"Innodb_row_lock_time");

	static ServerCounters read(DSLContext dsl) {
		return new ServerCounters(dsl.resultQuery("SHOW GLOBAL STATUS")
			.fetch()
			.stream()
			.filter(row -> NAMES.contains(row.get(0, String.class)))
			.collect(Collectors.toMap(row -> row.get(0, String.class), row -> Long.parseLong(row.get(1, String.class)))));
	}

	String since(ServerCounters before, int calls, int answers) {
		return ("server: %.1f statements per call (%d calls), %.2f redo log writes per answer saved, %d commits,"
				+ " %d row lock waits (%d ms)").formatted(delta(before, "Questions") / (double) calls, calls,
						delta(before, "Innodb_log_writes") / (double) answers, delta(before, "Com_commit"),
						delta(before, "Innodb_row_lock_waits"), delta(before, "Innodb_row_lock_time"));
	}

	private long delta(ServerCounters before, String name) {
		return values.getOrDefault(name, 0L) - before.values.getOrDefault(name, 0L);
	}

}
