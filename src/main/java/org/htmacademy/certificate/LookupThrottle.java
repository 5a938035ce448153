package org.htmacademy.certificate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code htm.certificates.verification.lookups} lookups per client in each window, so nobody can walk the
 * code space through the public page or the JSON endpoint. Kept in memory: a restart forgives, which is fine for
 * codes of 128 random bits.
 */
@Component
class LookupThrottle {

	private record Window(Instant start, int count) {
	}

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final int lookups;

	private final Duration window;

	private final Clock clock;

	LookupThrottle(@Value("${htm.certificates.verification.lookups:30}") int lookups,
			@Value("${htm.certificates.verification.window:PT10M}") Duration window, Clock clock) {
		this.lookups = lookups;
		this.window = window;
		this.clock = clock;
	}

	/** @return 0 when the lookup may go ahead, otherwise the seconds until it may */
	long acquire(String client) {
		Instant now = clock.instant();
		if (windows.size() > 100_000) {
			windows.values().removeIf(w -> !w.start().plus(window).isAfter(now));
		}
		Window updated = windows.compute(client, (key, current) -> current == null
				|| !current.start().plus(window).isAfter(now) ? new Window(now, 1)
						: new Window(current.start(), current.count() + 1));
		if (updated.count() <= lookups) {
			return 0;
		}
		return Math.max(1, Duration.between(now, updated.start().plus(window)).toSeconds());
	}

}
