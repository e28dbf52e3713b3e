package org.satellite.checking.web;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * A token bucket against guessing sample codes on the public result page. Every look-up of a code that does not
 * exist (or has a typo) takes a token; when the bucket is empty, every look-up is refused until it refills. It is
 * one bucket for everybody, kept in memory, because the page must not record who is asking: no IP address, no
 * cookie. Each node has its own bucket, so N nodes allow N times the rate: still far too slow to guess a code.
 *
 * <p>
 * 30 wrong codes at once, then one every 2 seconds: a service's people mistyping now and then never meet it, and a
 * guesser needs years to find one of a hundred thousand codes among 31<sup>7</sup>.
 */
@Component
class ResultLookupLimit {

	static final int CAPACITY = 30;

	static final long REFILL_MILLIS = 2000;

	private final Clock clock;

	private double tokens = CAPACITY;

	private long updatedAt;

	ResultLookupLimit() {
		this(Clock.systemUTC());
	}

	ResultLookupLimit(Clock clock) {
		this.clock = clock;
		this.updatedAt = clock.millis();
	}

	/** Whether a look-up may go ahead now. */
	synchronized boolean open() {
		refill();
		return this.tokens >= 1;
	}

	/** Counts a look-up of a code that does not exist. */
	synchronized void wrongCode() {
		refill();
		this.tokens = Math.max(0, this.tokens - 1);
	}

	/** Fills the bucket again; for tests that emptied it on purpose. */
	synchronized void refillCompletely() {
		this.tokens = CAPACITY;
		this.updatedAt = this.clock.millis();
	}

	private void refill() {
		long now = this.clock.millis();
		this.tokens = Math.min(CAPACITY, this.tokens + (now - this.updatedAt) / (double) REFILL_MILLIS);
		this.updatedAt = now;
	}

}
