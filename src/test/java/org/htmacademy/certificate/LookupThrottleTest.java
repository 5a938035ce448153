package org.htmacademy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LookupThrottleTest {

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

	private final LookupThrottle throttle = new LookupThrottle(3, Duration.ofMinutes(10), clock);

	@Test
	void a_client_gets_its_budget_then_waits_and_others_go_on() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.acquire("192.0.2.1")).isZero();
		}

		assertThat(throttle.acquire("192.0.2.1")).isEqualTo(600);
		assertThat(throttle.acquire("192.0.2.2")).isZero();
	}

	/** Otherwise anyone with one /64 (what a home connection gets) would have 2⁶⁴ budgets for guessing numbers. */
	@Test
	void every_address_of_one_ipv6_network_shares_one_budget() {
		assertThat(throttle.acquire("2001:db8:1:2::1")).isZero();
		assertThat(throttle.acquire("2001:0db8:0001:0002:ffff:0:0:7")).isZero();
		assertThat(throttle.acquire("[2001:db8:1:2::abcd]")).isZero();

		assertThat(throttle.acquire("2001:db8:1:2:dead:beef:0:1")).isPositive();
		assertThat(throttle.acquire("2001:db8:1:3::1")).as("the next /64").isZero();
	}

	@Test
	void a_client_is_its_ipv6_network_or_the_address_as_given() {
		assertThat(LookupThrottle.client("2001:db8:1:2::1")).isEqualTo("20010db800010002/64");
		assertThat(LookupThrottle.client("fe80::1%eth0")).isEqualTo("fe80000000000000/64");
		assertThat(LookupThrottle.client("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(LookupThrottle.client("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(LookupThrottle.client("test-1")).isEqualTo("test-1");
		assertThat(LookupThrottle.client("not:an:address")).isEqualTo("not:an:address");
	}

}
