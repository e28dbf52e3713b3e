package org.satellite.messaging.internal;

import java.time.Instant;

/**
 * Where a queued email stands. Holds no address.
 *
 * @param key the key the sender queued it under
 * @param state queued (waiting or being retried), sent, or failed for good
 * @param attempts how many times sending was tried
 * @param sentAt when the SMTP server accepted it, or {@code null}
 * @param lastError why the last attempt failed, in words that never hold the address, or
 * {@code null}
 */
public record EmailDelivery(String key, State state, int attempts, Instant sentAt, String lastError) {

	public enum State {

		QUEUED, SENT, FAILED

	}

}
