package org.satellite.supplies.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded distribution encounter.
 *
 * @param undone whether it was undone by a reversing entry
 */
public record Distribution(UUID id, String siteCode, Instant occurredAt, Map<String, Integer> items, int alsoFor,
		boolean withClientCode, boolean undone, Instant recordedAt, String recordedBy) {
}
