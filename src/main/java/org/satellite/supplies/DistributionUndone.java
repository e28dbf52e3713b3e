package org.satellite.supplies;

import java.time.Instant;
import java.util.UUID;

/**
 * A distribution was undone with a reversing entry: whatever counted it should count its
 * site's month again. Carries no client data.
 *
 * @param siteCode the site
 * @param occurredAt when the entry undone or recorded happened (the month it counts in)
 */
public record DistributionUndone(UUID distributionId, String siteCode, Instant occurredAt) {
}
