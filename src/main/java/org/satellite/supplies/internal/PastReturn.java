package org.satellite.supplies.internal;

import java.time.Instant;

/**
 * Needles brought back before Satellite, counted, for loading history in bulk.
 */
public record PastReturn(String siteCode, Instant occurredAt, int needles) {
}
