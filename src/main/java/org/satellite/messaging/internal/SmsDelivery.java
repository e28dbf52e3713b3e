package org.satellite.messaging.internal;

import java.time.Instant;

/**
 * One queued SMS as the sender may see it: never the number.
 *
 * @param segments how many SMS segments it went out in, once sent
 * @param lastError the last reason it could not be sent, in the gateway's words
 */
public record SmsDelivery(String key, SmsState state, int attempts, Integer segments, Instant sentAt,
		String lastError) {
}
