package org.satellite.checking.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.satellite.platform.RateLimit;
import org.satellite.platform.SharedLimits;
import org.satellite.privacy.KeyedHash;

import org.springframework.stereotype.Component;

/**
 * A token bucket per client against guessing sample codes on the public result page.
 * Every look-up of a code that does not exist (or has a typo) takes a token from the
 * asking client's bucket; when it is empty, that client's look-ups are refused until it
 * refills. Other clients are not affected: one person guessing cannot keep the page
 * closed for the people who hold a real code (decision 0061).
 *
 * <p>
 * The client is known only by a keyed hash of its address (HMAC, with the limit's name as
 * purpose): the address is neither stored nor logged, and the hash lives in the shared
 * bucket table only until the bucket is full again, at most a minute. The buckets are
 * shared by every node ({@link SharedLimits}), so three nodes allow what one allows.
 *
 * <p>
 * 30 wrong codes at once, then one every 2 seconds: a service's people mistyping now and
 * then never meet it, and a guesser needs years to find one of a hundred thousand codes
 * among 31<sup>7</sup>. A blocked client is refused even for a code that exists:
 * answering it would tell a guesser which codes are real at full speed.
 */
@Component
class ResultLookupLimit {

	static final RateLimit WRONG_CODES = RateLimit.of("result-lookup.wrong-code", 30, Duration.ofMinutes(1));

	private final SharedLimits limits;

	private final KeyedHash hash;

	ResultLookupLimit(SharedLimits limits, KeyedHash hash) {
		this.limits = limits;
		this.hash = hash;
	}

	/** Whether a look-up from this request's client may go ahead now. */
	boolean open(HttpServletRequest request) {
		return this.limits.isOpen(WRONG_CODES, client(request));
	}

	/** Counts a look-up of a code that does not exist, against the request's client. */
	void wrongCode(HttpServletRequest request) {
		this.limits.tryConsume(WRONG_CODES, client(request));
	}

	/** Fills every client's bucket again; for tests that emptied one on purpose. */
	void refillCompletely() {
		this.limits.forgetAll(WRONG_CODES);
	}

	private String client(HttpServletRequest request) {
		return this.hash.of(WRONG_CODES.name(), request.getRemoteAddr());
	}

}
