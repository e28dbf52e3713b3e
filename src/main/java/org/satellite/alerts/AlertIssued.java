package org.satellite.alerts;

import java.util.UUID;

/**
 * An alert (or an update or cancellation) was issued: it goes out to its subscribers.
 */
public record AlertIssued(UUID alertId) {
}
