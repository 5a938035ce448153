package org.htmacademy.journey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * The application's log lines, kept in memory so that a failed journey can show what the server did meanwhile.
 * The server runs in the test's JVM; Spring Boot resets Logback whenever another test context starts, so each
 * journey attaches the appender again if it is gone.
 */
final class ServerLog extends AppenderBase<ILoggingEvent> {

	private static final int KEPT = 5_000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

	private static final ServerLog INSTANCE = new ServerLog();

	private final Deque<ILoggingEvent> events = new ArrayDeque<>();

	private ServerLog() {
		setName("journey-server-log");
	}

	static synchronized ServerLog capture() {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return INSTANCE;
		}
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		if (root.getAppender(INSTANCE.getName()) == null) {
			INSTANCE.setContext(context);
			INSTANCE.start();
			root.addAppender(INSTANCE);
		}
		return INSTANCE;
	}

	@Override
	protected synchronized void append(ILoggingEvent event) {
		event.prepareForDeferredProcessing();
		events.addLast(event);
		while (events.size() > KEPT) {
			events.removeFirst();
		}
	}

	/** The lines logged from {@code start} on, oldest first, as a log file would show them. */
	synchronized List<String> since(Instant start) {
		return events.stream()
			.filter(event -> !event.getInstant().isBefore(start))
			.map(ServerLog::format)
			.toList();
	}

	private static String format(ILoggingEvent event) {
		String line = TIME.format(event.getInstant()) + " " + event.getLevel() + " [" + event.getThreadName() + "] "
				+ event.getLoggerName() + ": " + event.getFormattedMessage();
		return event.getThrowableProxy() == null ? line
				: line + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
	}

}
