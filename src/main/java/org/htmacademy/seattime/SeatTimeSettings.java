package org.htmacademy.seattime;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the browser measures: it reports what it gathered every {@code reportInterval} (and when the learner clicks,
 * hides the page or leaves it), and stops counting after {@code idleAfter} without any input.
 */
@Component
public class SeatTimeSettings {

	private final Duration reportInterval;

	private final Duration idleAfter;

	SeatTimeSettings(@Value("${htm.time-on-task.report-interval:PT60S}") Duration reportInterval,
			@Value("${htm.time-on-task.idle-after:PT5M}") Duration idleAfter) {
		if (reportInterval.isNegative() || reportInterval.toMillis() < 500) {
			throw new IllegalArgumentException("htm.time-on-task.report-interval must be at least 0.5 s, not "
					+ reportInterval);
		}
		if (idleAfter.toSeconds() < 10) {
			throw new IllegalArgumentException("htm.time-on-task.idle-after must be at least 10 s, not " + idleAfter);
		}
		this.reportInterval = reportInterval;
		this.idleAfter = idleAfter;
	}

	public Duration reportInterval() {
		return reportInterval;
	}

	public Duration idleAfter() {
		return idleAfter;
	}

}
