package org.satellite.alerts.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Limits how often one network address may subscribe or report, so that nobody floods phones with confirmation
 * texts or the triage queue with reports. Addresses are kept in memory only, for one window, and never logged or
 * stored; behind a proxy the limit applies to the proxy's address.
 */
@Component
class PublicRateLimit {

	static final Duration WINDOW = Duration.ofHours(1);

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	/**
	 * Counts one try of an action from the request's address; false when the address used up its tries this hour.
	 */
	boolean allow(String action, int perHour, HttpServletRequest request) {
		long window = this.clock.millis() / WINDOW.toMillis();
		if (this.counters.size() > 50_000) {
			this.counters.values().removeIf((counter) -> counter.window() != window);
		}
		Counter counter = this.counters.merge(action + "|" + request.getRemoteAddr(), new Counter(window, 1),
				(old, one) -> (old.window() == window) ? new Counter(window, old.count() + 1) : one);
		return counter.count() <= perHour;
	}

	/** Forgets every count, as a new hour would. */
	void forgetAll() {
		this.counters.clear();
	}

	private record Counter(long window, int count) {
	}

}
