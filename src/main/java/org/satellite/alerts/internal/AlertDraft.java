package org.satellite.alerts.internal;

import java.time.Instant;
import java.util.List;

import org.satellite.checking.SubstanceClass;

/**
 * What a coordinator writes when drafting or editing an alert.
 *
 * @param zones zone codes; empty for every zone
 * @param effectiveFrom from when it applies; now when empty
 * @param expiresAt until when; seven days after {@code effectiveFrom} when empty
 */
public record AlertDraft(Severity severity, List<String> zones, List<String> substances, List<SubstanceClass> classes,
		String description, AlertText text, Instant effectiveFrom, Instant expiresAt, List<String> sources) {
}
