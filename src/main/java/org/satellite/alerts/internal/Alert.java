package org.satellite.alerts.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.satellite.checking.SubstanceClass;

/**
 * An alert as staff and the public see it.
 *
 * @param refersTo the alert an update or cancellation changes
 * @param zones zone codes; empty for every zone
 * @param substances what was found, by name (canonical names where known)
 * @param description what it looks like when no substance is known: colour, packaging,
 * effects
 * @param sources what is behind it: {@code sample:CODE}, {@code report:ID},
 * {@code overdose:ID}
 * @param suggested whether Satellite drafted it (from a result, reports or an overdose
 * cluster)
 */
public record Alert(UUID id, AlertKind kind, UUID refersTo, AlertStatus status, Severity severity, List<String> zones,
		List<String> substances, List<SubstanceClass> classes, String description, AlertText text,
		Instant effectiveFrom, Instant expiresAt, List<String> sources, boolean suggested, String draftedBy,
		String approvedBy, Instant approvedAt, String issuedBy, Instant issuedAt, Instant createdAt) {

	/**
	 * The status as of a moment: an issued alert past its expiry is expired even before
	 * the job marks it.
	 */
	public AlertStatus statusAt(Instant now) {
		return (this.status == AlertStatus.ISSUED && !now.isBefore(this.expiresAt)) ? AlertStatus.EXPIRED : this.status;
	}

	public boolean everyZone() {
		return this.zones.isEmpty();
	}

}
