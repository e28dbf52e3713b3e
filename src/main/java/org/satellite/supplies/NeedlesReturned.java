package org.satellite.supplies;

import java.time.Instant;
import java.util.UUID;

/**
 * Used needles were brought back to a site. Carries no client data.
 *
 * @param siteCode the site
 * @param occurredAt when the entry undone or recorded happened (the month it counts in)
 */
public record NeedlesReturned(UUID returnId, String siteCode, Instant occurredAt) {
}
