package org.satellite.supplies;

import java.time.Instant;
import java.util.UUID;

/**
 * Needles brought back were recorded by mistake and undone with a reversing entry.
 *
 * @param siteCode the site
 * @param occurredAt when the entry undone or recorded happened (the month it counts in)
 */
public record NeedleReturnUndone(UUID returnId, String siteCode, Instant occurredAt) {
}
