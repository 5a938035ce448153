package org.htmacademy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests move forward by hand, for deadlines and time limits; starts at the real time. */
public final class MovableClock extends Clock {

	private volatile Instant now = Instant.now();

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	/** The same moving instant seen in another zone, as certificate numbers take their year. */
	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock self = this;
		return new Clock() {
			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}

			@Override
			public Instant instant() {
				return self.instant();
			}
		};
	}

	@Override
	public Instant instant() {
		return now;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	/** Import this into a test to replace the application's clock. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
