package org.satellite.overdose.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A responder asking the coordinator to check in with them after an overdose response.
 */
public record CheckInRequest(UUID id, UUID responseId, String siteCode, String requestedBy, Instant requestedAt,
		Instant doneAt, String doneBy) {

	public boolean open() {
		return this.doneAt == null;
	}

}
