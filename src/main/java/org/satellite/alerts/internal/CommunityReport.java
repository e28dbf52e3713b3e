package org.satellite.alerts.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * An anonymous report, as coordinators see it in the triage queue.
 *
 * @param zoneCode the zone it names, or {@code null}
 * @param channel {@code WEB} or {@code SMS}
 */
public record CommunityReport(UUID id, ReportKind kind, String zoneCode, String text, String channel,
		Instant receivedAt, String status) {
}
