package org.satellite.messaging.internal.sms;

import java.util.concurrent.TimeUnit;

/**
 * Spaces submissions evenly so that no more than {@code perSecond} go out in any second,
 * across all threads of this node.
 */
final class Throttle {

	private final long intervalNanos;

	private long nextFree = System.nanoTime();

	Throttle(int perSecond) {
		this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
	}

	void acquire() throws InterruptedException {
		long wait;
		synchronized (this) {
			long now = System.nanoTime();
			long slot = Math.max(this.nextFree, now);
			this.nextFree = slot + this.intervalNanos;
			wait = slot - now;
		}
		if (wait > 0) {
			TimeUnit.NANOSECONDS.sleep(wait);
		}
	}

}
