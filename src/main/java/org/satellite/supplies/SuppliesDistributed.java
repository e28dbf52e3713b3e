package org.satellite.supplies;

import java.time.Instant;
import java.util.UUID;

/**
 * Supplies went out at a site. Carries no client data.
 */
public record SuppliesDistributed(UUID distributionId, String siteCode, Instant occurredAt) {
}
