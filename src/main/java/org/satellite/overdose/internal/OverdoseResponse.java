package org.satellite.overdose.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A recorded overdose response.
 *
 * @param dosesBeyondStock whether more naloxone was given than the site's stock showed:
 * recorded, and flagged for the coordinator
 */
public record OverdoseResponse(UUID id, String siteCode, String zoneCode, Instant occurredAt, List<String> substances,
		int naloxoneDoses, NaloxoneForm naloxoneForm, boolean called911, NoCallReason noCallReason, boolean stayed,
		ResponseOutcome outcome, Responder responder, boolean dosesBeyondStock, Instant recordedAt, String recordedBy) {
}
