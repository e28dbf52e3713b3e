package org.satellite.alerts.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.satellite.platform.RateLimit;
import org.satellite.platform.SharedLimits;
import org.satellite.privacy.KeyedHash;

import org.springframework.stereotype.Component;

/**
 * Limits how often one client may subscribe or report, so that nobody floods phones with
 * confirmation texts or the triage queue with reports, while one client's tries never
 * block another's (decision 0061).
 *
 * <p>
 * A limit of N an hour is a bucket per client and action: N at once, then one more every
 * hour / N. The client is known only by a keyed hash of its address (the one a trusted
 * proxy forwards, see docs/operations.md), with the action as purpose; the address is
 * never stored or logged, and the hash stays in the shared bucket table only until the
 * bucket is full again. The buckets are shared by every node ({@link SharedLimits}).
 */
@Component
class PublicRateLimit {

	static final Duration WINDOW = Duration.ofHours(1);

	private final SharedLimits limits;

	private final KeyedHash hash;

	PublicRateLimit(SharedLimits limits, KeyedHash hash) {
		this.limits = limits;
		this.hash = hash;
	}

	/**
	 * Counts one try of an action from the request's client; false when the client used
	 * up its tries.
	 */
	boolean allow(String action, int perHour, HttpServletRequest request) {
		RateLimit limit = limit(action, perHour);
		return this.limits.tryConsume(limit, this.hash.of(limit.name(), request.getRemoteAddr()));
	}

	/** Forgets every client's count of an action, as a quiet hour would. */
	void forgetAll(String action, int perHour) {
		this.limits.forgetAll(limit(action, perHour));
	}

	private static RateLimit limit(String action, int perHour) {
		return RateLimit.of("public." + action, perHour, WINDOW);
	}

}
