package org.htmacademy.certificate;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code htm.certificates.verification.lookups} lookups per client in each window, so nobody can walk the
 * space of certificate numbers (45 random bits) or codes (128) through the public page or the JSON endpoint; DD022
 * works out how long that would take. Kept in memory: a restart forgives. An IPv6 client is its /64 network, the
 * smallest block a provider hands out: counted per address, anyone with one such block would have 2⁶⁴ budgets.
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

	/**
	 * @param address the remote address, or any other name for the client
	 * @return 0 when the lookup may go ahead, otherwise the seconds until it may
	 */
	long acquire(String address) {
		String client = client(address);
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

	/** The /64 network of an IPv6 address; anything else as it is. */
	static String client(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			InetAddress parsed = InetAddress.ofLiteral(address.replaceAll("^\\[|]$|%.*$", ""));
			if (parsed instanceof Inet6Address) {
				return HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "/64";
			}
			return parsed.getHostAddress();
		}
		catch (IllegalArgumentException notAnAddress) {
			return address;
		}
	}

}
