package org.satellite.supplies.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the stock ledger: a signed change in the stock of one item at one location.
 *
 * @param entryId the distribution, transfer, receipt or adjustment this line belongs to
 * @param counterpart for a transfer, the other location
 */
public record Movement(long id, UUID entryId, Instant occurredAt, Instant recordedAt, String location, String itemCode,
		int quantity, MovementKind kind, AdjustmentReason reason, String lot, LocalDate expiresOn, String counterpart,
		String recordedBy) {
}
