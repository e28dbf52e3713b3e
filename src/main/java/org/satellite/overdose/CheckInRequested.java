package org.satellite.overdose;

import java.time.Instant;
import java.util.UUID;

/**
 * A responder asked the coordinator to check in with them after an overdose response.
 * Carries the response, its zone and when it happened (the month it counts in), never who
 * asked.
 *
 * @param responseId the response
 * @param zoneCode the zone where it happened
 * @param occurredAt when the overdose happened
 */
public record CheckInRequested(UUID responseId, String zoneCode, Instant occurredAt) {
}
