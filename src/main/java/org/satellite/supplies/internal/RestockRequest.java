package org.satellite.supplies.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A site asking the hub for more supplies. At most one is open per site at a time.
 */
public record RestockRequest(UUID id, String siteCode, Instant requestedAt, String requestedBy, Instant fulfilledAt,
		String fulfilledBy, UUID transferId) {

	public boolean open() {
		return this.fulfilledAt == null;
	}

}
