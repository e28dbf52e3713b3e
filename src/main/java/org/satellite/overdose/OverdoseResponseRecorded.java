package org.satellite.overdose;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A peer worker recorded an overdose response. Carries the zone, the time and the
 * substances the person thought they had used, nothing else: no site, no person, no
 * outcome.
 *
 * @param responseId the response, so that a listener can recognise an event it has seen
 * before
 * @param zoneCode the coarse zone where it happened
 * @param occurredAt when it happened
 * @param substances the substances suspected, as canonical names; may hold "unknown"
 */
public record OverdoseResponseRecorded(UUID responseId, String zoneCode, Instant occurredAt, List<String> substances) {
}
