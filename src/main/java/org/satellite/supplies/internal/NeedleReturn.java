package org.satellite.supplies.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * Used needles brought back to a site.
 *
 * @param grams the weight when they were weighed rather than counted; the needles are
 * then estimated from it
 */
public record NeedleReturn(UUID id, String siteCode, Instant occurredAt, int needles, Integer grams, boolean undone,
		Instant recordedAt, String recordedBy) {
}
