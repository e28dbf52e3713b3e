package org.satellite.supplies.internal;

import java.time.Instant;
import java.util.Map;

/**
 * A distribution from before Satellite, as kept in a program's spreadsheets, for loading
 * history in bulk.
 */
public record PastDistribution(String siteCode, Instant occurredAt, Map<String, Integer> items, int alsoFor) {
}
