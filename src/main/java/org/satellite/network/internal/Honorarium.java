package org.satellite.network.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A one-off payment to a peer worker, with the reason (a training given, a panel sat on,
 * an event staffed).
 */
public record Honorarium(UUID id, long peerWorkerId, int amountCents, String reason, LocalDate paidOn,
		PaymentMethod method) {
}
