package org.satellite.alerts;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert's (or an update's, or a cancellation's) messages are queued for everyone it
 * was for; the outbox sends them from there.
 *
 * @param alertId the alert
 * @param issuedAt when it was issued (the month its reach counts in)
 * @param queued how many subscribers were queued by this fan-out (a fan-out resumed after
 * a crash counts those it queued itself)
 */
public record AlertFannedOut(UUID alertId, Instant issuedAt, int queued) {
}
